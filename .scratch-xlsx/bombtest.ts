import { inflateSync } from 'fflate';
import { deflateBomb } from '../test/electron/import/xlsx/fixtures';
const b = deflateBomb('<a>', ' '.repeat(16), 5e6, '</a>');
const out = inflateSync(b.data);
console.log(b.data.length, b.size, out.length, new TextDecoder().decode(out.subarray(0, 10)), new TextDecoder().decode(out.subarray(out.length - 10)), out.every((c, i) => i < 3 || i >= out.length - 4 || c === 32));
