// Moved to the file host (xlsx/): the same estimates serve the command and the web page.
export * from '../xlsx/ukuran-teks';
