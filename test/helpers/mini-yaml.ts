/**
 * A deliberately small YAML reader for checking our own config files in tests without adding a
 * dependency: block mappings, block sequences (of scalars or mappings), `[a, b]` flow lists,
 * quoted and plain scalars, comments. Anything outside that subset throws, so a config that
 * drifts into fancier YAML makes the test fail loudly rather than pass on a misread.
 */
export type YamlValue = string | number | boolean | null | YamlValue[] | { [k: string]: YamlValue };

interface Line {
  indent: number;
  text: string;
  no: number;
}

function stripComment(s: string): string {
  let quote: string | null = null;
  for (let i = 0; i < s.length; i++) {
    const c = s[i];
    if (quote) {
      if (c === quote) quote = null;
    } else if (c === '"' || c === "'") quote = c;
    else if (c === '#' && (i === 0 || /\s/.test(s[i - 1]))) return s.slice(0, i);
  }
  return s;
}

function scalar(raw: string, no: number): YamlValue {
  const s = raw.trim();
  if (s === '' || s === '~' || s === 'null') return null;
  if (s === 'true') return true;
  if (s === 'false') return false;
  if (/^-?\d+(\.\d+)?$/.test(s)) return Number(s);
  if (s.startsWith('"')) {
    if (!s.endsWith('"') || s.length < 2) throw new Error(`line ${no}: unterminated string`);
    return JSON.parse(s) as string;
  }
  if (s.startsWith("'")) {
    if (!s.endsWith("'") || s.length < 2) throw new Error(`line ${no}: unterminated string`);
    return s.slice(1, -1).replace(/''/g, "'");
  }
  if (s.startsWith('[')) {
    if (!s.endsWith(']')) throw new Error(`line ${no}: unterminated flow list`);
    const inner = s.slice(1, -1).trim();
    return inner === '' ? [] : inner.split(',').map((p) => scalar(p, no));
  }
  if (/^[{&*!|>%@`]/.test(s)) throw new Error(`line ${no}: unsupported YAML: ${s}`);
  return s;
}

function keyValue(text: string, no: number): [string, string] | null {
  const m = /^("[^"]*"|'[^']*'|[^\s:'"][^:]*?)\s*:(?:\s+(.*))?$/.exec(text);
  if (!m) return null;
  const key = scalar(m[1], no);
  return [String(key), m[2] ?? ''];
}

export function parseYaml(source: string): YamlValue {
  const lines: Line[] = [];
  source.split(/\r?\n/).forEach((raw, i) => {
    if (/\t/.test(raw.match(/^\s*/)![0])) throw new Error(`line ${i + 1}: tab indentation`);
    const text = stripComment(raw).trimEnd();
    if (text.trim() === '' || text.trim() === '---') return;
    lines.push({ indent: text.length - text.trimStart().length, text: text.trim(), no: i + 1 });
  });
  let pos = 0;

  function block(indent: number): YamlValue {
    const first = lines[pos];
    if (!first || first.indent < indent) return null;
    return first.text.startsWith('- ') || first.text === '-' ? sequence(first.indent) : mapping(first.indent);
  }

  function mapping(indent: number): YamlValue {
    const out: Record<string, YamlValue> = {};
    while (pos < lines.length && lines[pos].indent === indent) {
      const line = lines[pos];
      const kv = keyValue(line.text, line.no);
      if (!kv) throw new Error(`line ${line.no}: expected "key: value", got ${line.text}`);
      if (Object.hasOwn(out, kv[0])) throw new Error(`line ${line.no}: duplicate key ${kv[0]}`);
      pos++;
      out[kv[0]] = kv[1] !== '' ? scalar(kv[1], line.no) : pos < lines.length && lines[pos].indent > indent ? block(lines[pos].indent) : null;
    }
    if (pos < lines.length && lines[pos].indent > indent) throw new Error(`line ${lines[pos].no}: unexpected indentation`);
    return out;
  }

  function sequence(indent: number): YamlValue {
    const out: YamlValue[] = [];
    while (pos < lines.length && lines[pos].indent === indent && (lines[pos].text.startsWith('- ') || lines[pos].text === '-')) {
      const line = lines[pos];
      const rest = line.text.slice(1).trim();
      const kv = rest.startsWith('"') || rest.startsWith("'") ? null : keyValue(rest, line.no);
      if (kv) {
        // "- key: value" starts a mapping whose further keys sit two columns right of the dash.
        lines[pos] = { indent: indent + 2, text: rest, no: line.no };
        out.push(mapping(indent + 2));
      } else {
        pos++;
        out.push(rest === '' ? block(indent + 1) : scalar(rest, line.no));
      }
    }
    return out;
  }

  const value = block(0);
  if (pos < lines.length) throw new Error(`line ${lines[pos].no}: could not parse ${lines[pos].text}`);
  return value;
}
