export const OPSI_CHROMIUM: { executablePath: string; headless: boolean; args: string[] };
