import { readFileSync } from 'node:fs';
import { SaxesParser } from 'saxes';
import { Parser } from 'htmlparser2';
import { DOMParser } from '@xmldom/xmldom';
const xml = readFileSync('/tmp/dd/word/document.xml', 'utf8');
let t = performance.now();
for (let i = 0; i < 20; i++) { let n = 0; const p = new SaxesParser({ xmlns: false }); p.on('opentag', () => n++); p.on('text', () => n++); p.write(xml).close(); }
console.log('saxes x20', (performance.now() - t).toFixed(0));
t = performance.now();
for (let i = 0; i < 20; i++) { let n = 0; const p = new Parser({ onopentag() { n++; }, ontext() { n++; } }, { xmlMode: true }); p.write(xml); p.end(); }
console.log('htmlparser2 x20', (performance.now() - t).toFixed(0));
t = performance.now();
for (let i = 0; i < 20; i++) new DOMParser().parseFromString(xml, 'text/xml');
console.log('xmldom x20', (performance.now() - t).toFixed(0));
