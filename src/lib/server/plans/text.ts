/**
 * The text of an action-plan table as people write it: cells holding several bullet items,
 * timelines in words ("Septembre 2019- Février 2020", "En continu"), names of responsible
 * people and organizations. Pure functions, shared by the importer, the exporter and the forms.
 */

const BULLET = /^(?:[•\-*–·▪◦‣●○■□]|\d{1,2}[.)]|[a-z]\))\s+/;

/** Lower case, accents and punctuation removed, spaces collapsed: the key names are compared on. */
export function normalizeName(value: string): string {
	return value
		.normalize('NFD')
		.replace(/[\u0300-\u036f]/g, '')
		.toLowerCase()
		.replace(/[’'`]/g, ' ')
		.replace(/[^a-z0-9@]+/g, ' ')
		.trim();
}

function decodeEntities(text: string): string {
	return text
		.replace(/&nbsp;/g, ' ')
		.replace(/&lt;/g, '<')
		.replace(/&gt;/g, '>')
		.replace(/&quot;/g, '"')
		.replace(/&#39;|&apos;/g, "'")
		.replace(/&amp;/g, '&');
}

/** A cell's text without HTML markup (`<i>`, `<b>`…), spaces tidied. */
export function plainText(cell: string): string {
	return decodeEntities(cell.replace(/<br\s*\/?>/gi, '\n').replace(/<[^>]+>/g, ''))
		.split('\n')
		.map((line) => line.replace(/[ \t\u00a0]+/g, ' ').trim())
		.filter(Boolean)
		.join('\n');
}

/** Items of an HTML list; a nested list's items follow their parent item as "- sub" lines. */
function htmlItems(cell: string): string[] {
	const items: { text: string; subs: string[] }[] = [];
	let depth = 0;
	let current: { text: string; subs: string[] } | null = null;
	let sub: string | null = null;
	const flushSub = () => {
		if (sub !== null && current && sub.trim()) current.subs.push(clean(sub));
		sub = null;
	};
	const clean = (s: string) => decodeEntities(s.replace(/\s+/g, ' ').trim());
	const before = cell.split(/<(?:ul|ol)\b/i)[0];
	const leading = plainText(before);
	const tokens = cell.split(/(<\/?(?:ul|ol|li)\b[^>]*>)/i);
	for (const token of tokens) {
		const tag = /^<(\/?)(ul|ol|li)\b/i.exec(token);
		if (tag) {
			const closing = tag[1] === '/';
			const name = tag[2].toLowerCase();
			if (name === 'ul' || name === 'ol') {
				if (closing) {
					flushSub();
					depth = Math.max(0, depth - 1);
				} else depth += 1;
			} else if (!closing) {
				if (depth <= 1) {
					current = { text: '', subs: [] };
					items.push(current);
				} else {
					flushSub();
					sub = '';
				}
			} else if (depth > 1) flushSub();
			continue;
		}
		const text = token.replace(/<[^>]+>/g, ' ');
		if (depth === 0) continue;
		if (depth === 1 && current) current.text += text;
		else if (depth > 1) {
			if (sub === null) sub = '';
			sub += text;
		}
	}
	flushSub();
	const out = items
		.map((item) => [clean(item.text), ...item.subs.map((s) => `- ${s}`)].filter(Boolean).join('\n'))
		.filter(Boolean);
	return leading ? [leading, ...out] : out;
}

/**
 * The items of one cell: bullets (•, -, *, 1., a)), line breaks or `<li>`. An item whose text
 * ends with ":" keeps the bulleted lines under it (and indented lines always belong to the item
 * above): "Organiser des activités :\n- Semaine…\n- Mois…" is one item, stored in that canonical form.
 */
export function splitItems(cell: string | null | undefined): string[] {
	const raw = (cell ?? '').replace(/\r\n?/g, '\n');
	if (!raw.trim()) return [];
	if (/<li\b/i.test(raw)) return htmlItems(raw);
	const text = decodeEntities(raw.replace(/<br\s*\/?>/gi, '\n').replace(/<[^>]+>/g, ''));
	// Several bullets on one line ("• a • b") become separate lines.
	const lines = text.split('\n').flatMap((line) => line.split(/\s+(?=[•▪●◦]\s)/));
	const items: { head: string; subs: string[] }[] = [];
	for (const rawLine of lines) {
		if (!rawLine.trim()) continue;
		const indented = /^[ \t\u00a0]{2,}/.test(rawLine);
		const line = rawLine.replace(/[ \t\u00a0]+/g, ' ').trim();
		const bulleted = BULLET.test(line);
		const content = line.replace(BULLET, '').trim();
		if (!content) continue;
		const last = items.at(-1);
		if (last && (indented || (bulleted && last.head.endsWith(':')))) {
			last.subs.push(content);
			continue;
		}
		items.push({ head: content, subs: [] });
	}
	return items.map((item) => [item.head, ...item.subs.map((s) => `- ${s}`)].join('\n'));
}

/** Names in one responsible item: "Gabrielle + Rita", "CCFL, SEO", "Fairouze et Jérôme"; "(note)" kept. */
export function splitNames(item: string, options: { words?: boolean } = {}): { name: string; note: string }[] {
	const separators = options.words === false ? /\s*(?:\+|,|;|\/)\s*/ : /\s*(?:\+|,|;|&|\/|\bet\b|\band\b)\s*/i;
	// Separators inside parentheses ("Nabila (Gabarit et compilation)") do not split.
	const notes: string[] = [];
	const masked = item.replace(/\([^)]*\)/g, (m) => `\u2063${notes.push(m) - 1}\u2063`);
	return masked
		.split(separators)
		.map((part) => part.replace(/\u2063(\d+)\u2063/g, (_, i) => notes[Number(i)]).trim())
		.filter(Boolean)
		.map((part) => {
			const m = /^(.*?)\s*\(([^)]*)\)\s*$/.exec(part);
			// "Carrefour communautaire francophone de London (CCFL)" is a name with its acronym, not a note.
			if (m && m[1] && !/^[A-ZÉÈ0-9-]{2,12}$/.test(m[2].trim())) return { name: m[1].trim(), note: m[2].trim() };
			return { name: part, note: '' };
		})
		.filter((n) => n.name.length > 0);
}

// --- timelines ---------------------------------------------------------------------------------

const MONTHS: Record<string, number> = {
	janvier: 1,
	janv: 1,
	january: 1,
	jan: 1,
	fevrier: 2,
	fevr: 2,
	fev: 2,
	february: 2,
	feb: 2,
	mars: 3,
	march: 3,
	mar: 3,
	avril: 4,
	avr: 4,
	april: 4,
	apr: 4,
	mai: 5,
	may: 5,
	juin: 6,
	june: 6,
	jun: 6,
	juillet: 7,
	juil: 7,
	july: 7,
	jul: 7,
	aout: 8,
	august: 8,
	aug: 8,
	septembre: 9,
	sept: 9,
	sep: 9,
	september: 9,
	octobre: 10,
	oct: 10,
	october: 10,
	novembre: 11,
	nov: 11,
	november: 11,
	decembre: 12,
	dec: 12,
	december: 12
};

const pad = (n: number) => String(n).padStart(2, '0');
const lastDay = (y: number, m: number) => new Date(Date.UTC(y, m, 0)).getUTCDate();
const ym = (y: number, m: number, end: boolean) => `${y}-${pad(m)}-${pad(end ? lastDay(y, m) : 1)}`;

export interface Timeline {
	start: string | null;
	end: string | null;
	/** true for "En continu", "Ongoing", "Tout au long de l'année": kept as text, no dates. */
	ongoing: boolean;
}

interface Point {
	y: number | null;
	m: number | null;
	d: number | null;
}

function parsePoint(part: string): Point | null {
	const s = normalizeName(part);
	if (!s) return null;
	const iso = /^(\d{4}) (\d{2}) (\d{2})$/.exec(s);
	if (iso) return { y: Number(iso[1]), m: Number(iso[2]), d: Number(iso[3]) };
	const words = s.split(' ');
	let y: number | null = null;
	let m: number | null = null;
	let d: number | null = null;
	for (const w of words) {
		if (/^\d{4}$/.test(w)) y = Number(w);
		else if (w in MONTHS) m = MONTHS[w];
		else if (/^\d{1,2}$/.test(w) && Number(w) <= 31) d = Number(w);
		else if (
			/^(debut|fin|mi|early|end|late|mid|de|du|d|of|le|la|a|au|partir|from|in|en|since|depuis|until|jusqu)$/.test(w)
		)
			continue;
		else return null;
	}
	if (y === null && m === null) return null;
	return { y, m, d };
}

function pointDate(p: Point, end: boolean): string | null {
	if (p.y === null) return null;
	if (p.m === null) return end ? `${p.y}-12-31` : `${p.y}-01-01`;
	if (p.d !== null) return `${p.y}-${pad(p.m)}-${pad(Math.min(p.d, lastDay(p.y, p.m)))}`;
	return ym(p.y, p.m, end);
}

function parseOne(text: string): Timeline | null {
	const s = text.trim();
	if (!s) return null;
	const n = normalizeName(s);
	if (
		/^(en continu|continu|ongoing|en cours|permanent|continuous|tout au long de l annee|throughout the year|year round|a determiner|tbd|to be determined)$/.test(
			n
		)
	) {
		return { start: null, end: null, ongoing: true };
	}
	// ISO dates: "2026-01-15 – 2026-03-31" or one date.
	const isoDates = [...s.matchAll(/\b(\d{4})-(\d{2})-(\d{2})\b/g)].map((m) => `${m[1]}-${m[2]}-${m[3]}`);
	if (
		isoDates.length &&
		normalizeName(s.replace(/\b\d{4}-\d{2}-\d{2}\b/g, ''))
			.replace(/\b(au|to|a|du|from)\b/g, '')
			.trim() === ''
	) {
		return { start: isoDates[0], end: isoDates.at(-1)!, ongoing: false };
	}
	// "2019-2020", "2019 – 2020"
	const years = /^(\d{4})\s*[-–—/à]\s*(\d{4})$/.exec(s);
	if (years) return { start: `${years[1]}-01-01`, end: `${years[2]}-12-31`, ongoing: false };
	// A range: "Septembre 2019- Février 2020", "Mai - Novembre 2019", "de mai à novembre 2019".
	const parts = s.split(/\s*[–—-]\s*|\s+(?:à|au|to|until|jusqu'?à|jusqu’à)\s+/i).filter((p) => p.trim());
	if (parts.length === 2) {
		const a = parsePoint(parts[0]);
		const b = parsePoint(parts[1]);
		if (a && b) {
			if (a.y === null) a.y = b.y !== null && a.m !== null && b.m !== null && a.m > b.m ? (b.y ?? 0) - 1 : b.y;
			const start = pointDate(a, false);
			const end = pointDate(b, true);
			if (start && end && end >= start) return { start, end, ongoing: false };
		}
		return null;
	}
	if (parts.length === 1) {
		const p = parsePoint(parts[0]);
		if (!p) return null;
		const start = pointDate(p, false);
		const end = pointDate(p, true);
		if (start && end) return { start, end, ongoing: false };
	}
	return null;
}

/**
 * Dates from a timeline as written. Several lines (one per activity) give the earliest start and
 * the latest end. Returns null dates when the text cannot be read (it is kept as text anyway).
 */
export function parseTimeline(text: string | null | undefined): Timeline & { parsed: boolean } {
	const lines = (text ?? '')
		.split('\n')
		.map((l) => l.replace(BULLET, '').trim())
		.filter(Boolean);
	if (!lines.length) return { start: null, end: null, ongoing: false, parsed: false };
	const all = lines.map(parseOne);
	if (all.some((t) => t === null)) {
		const some = all.filter((t): t is Timeline => t !== null && !t.ongoing);
		if (!some.length) return { start: null, end: null, ongoing: false, parsed: false };
	}
	const dated = all.filter((t): t is Timeline => t !== null && !t.ongoing && t.start !== null);
	if (!dated.length)
		return { start: null, end: null, ongoing: all.some((t) => t?.ongoing), parsed: all.every((t) => t?.ongoing) };
	const start = dated.map((t) => t.start!).sort()[0];
	const end = dated
		.map((t) => t.end!)
		.sort()
		.at(-1)!;
	return { start, end, ongoing: all.some((t) => t?.ongoing), parsed: all.every((t) => t !== null) };
}
