// The sidebar page's script: the one panel of ui/, mounted over google.script.run.
import { pasangPanel } from '../ui/panel';
import { hostSidebar } from './sidebar-host';
import { mesinLokal } from '../ui/mesin';

const akar = document.getElementById('lapkin');
if (akar) pasangPanel(akar, hostSidebar, mesinLokal(hostSidebar));
