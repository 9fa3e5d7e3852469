import { describe, expect, it } from 'vitest';
import { areasIn, findArea, padBox, tractCentre } from './areas.ts';
import { addId, parseIds, removeId, serializeIds } from './list-cookie.ts';
import { boundsOf, renderMapSvg, tilesFor, toLatLon, toPixel, viewFor, worldPixel, type BBox } from './map.ts';

const londonMiddlesex: BBox = [-81.9, 42.75, -80.95, 43.3];

describe('the map projection', () => {
	it('matches the Web Mercator tile grid (zoom 0 is one 256 px tile)', () => {
		expect(worldPixel(0, 0, 0)).toEqual([128, 128]);
		const [x, y] = worldPixel(85.05112878, -180, 0);
		expect(x).toBeCloseTo(0, 6);
		expect(y).toBeCloseTo(0, 3);
	});

	it('chooses the largest whole zoom at which the box fits', () => {
		const view = viewFor(londonMiddlesex, 640, 440);
		expect(Number.isInteger(view.zoom)).toBe(true);
		const [x1, y1] = toPixel(view, londonMiddlesex[3], londonMiddlesex[0]);
		const [x2, y2] = toPixel(view, londonMiddlesex[1], londonMiddlesex[2]);
		expect(x1).toBeGreaterThanOrEqual(0);
		expect(y1).toBeGreaterThanOrEqual(0);
		expect(x2).toBeLessThanOrEqual(640);
		expect(y2).toBeLessThanOrEqual(440);
		// One zoom level more would not fit.
		const wider = { ...view, zoom: view.zoom + 1 };
		const [a, b] = [
			toPixel(wider, londonMiddlesex[3], londonMiddlesex[0]),
			toPixel(wider, londonMiddlesex[1], londonMiddlesex[2])
		];
		expect(b[0] - a[0] > 640 || b[1] - a[1] > 440).toBe(true);
	});

	it('turns a click back into the place under it', () => {
		const view = viewFor(londonMiddlesex, 640, 440);
		const london = { lat: 42.9849, lon: -81.2453 };
		const [x, y] = toPixel(view, london.lat, london.lon);
		const back = toLatLon(view, x, y);
		expect(back.lat).toBeCloseTo(london.lat, 4);
		expect(back.lon).toBeCloseTo(london.lon, 4);
		const centre = toLatLon(view, 320, 220);
		expect(centre.lat).toBeCloseTo(view.center[1], 4);
		expect(centre.lon).toBeCloseTo(view.center[0], 4);
		const [w, s, e, n] = boundsOf(view);
		expect(w < londonMiddlesex[0] && e > londonMiddlesex[2] && s < londonMiddlesex[1] && n > londonMiddlesex[3]).toBe(
			true
		);
	});

	it('lists the tiles that cover the view, placed where they belong', () => {
		const view = viewFor(londonMiddlesex, 640, 440);
		const tiles = tilesFor(view, 'https://tiles.example/{z}/{x}/{y}.png');
		expect(tiles.length).toBeGreaterThan(0);
		for (const tile of tiles) {
			expect(tile.url).toMatch(new RegExp(`^https://tiles.example/${view.zoom}/\\d+/\\d+\\.png$`));
			expect(tile.x).toBeLessThan(640);
			expect(tile.y).toBeLessThan(440);
			expect(tile.x + tile.size).toBeGreaterThan(0);
		}
		// London's tile is among them, at London's pixel.
		const [px, py] = toPixel(view, 42.9849, -81.2453);
		expect(tiles.some((t) => px >= t.x && px < t.x + 256 && py >= t.y && py < t.y + 256)).toBe(true);
	});

	it('draws boundaries, names and numbered points as SVG, with a title', () => {
		const view = viewFor(londonMiddlesex, 640, 440);
		const svg = renderMapSvg(view, {
			points: [{ lat: 42.9849, lon: -81.2453, label: '1' }],
			here: { lat: 42.98, lon: -81.25 },
			radiusKm: 10,
			title: 'Map <of> 1 service'
		});
		expect(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true);
		expect(svg).toContain('<title>Map &lt;of&gt; 1 service</title>');
		expect(svg).toContain('>Middlesex</text>');
		expect(svg).toMatch(/<path d="M[\d.-]/);
		expect(svg).toContain('>1</text>');
		expect(svg).toContain('stroke-dasharray');
		expect(svg.length).toBeLessThan(120_000);
	});
});

describe('areas', () => {
	it('offers the census divisions and metropolitan areas around a box, with centroids', () => {
		const names = areasIn(padBox(londonMiddlesex)).map((a) => a.name);
		expect(names[0]).toBe('London');
		expect(names).toContain('Middlesex');
		expect(names).not.toContain('Hastings');
		const quinte = areasIn(padBox([-77.7, 43.95, -77.0, 44.5])).map((a) => a.name);
		expect(quinte).toContain('Belleville - Quinte West');
		expect(quinte).toContain('Hastings');
	});
});

describe('the list cookie', () => {
	const a = '0b3a4c1e-8a7d-4c55-9d2e-1f0a2b3c4d5e';
	const b = '1c4b5d2f-9b8e-4d66-8e3f-2a1b3c4d5e6f';
	it('keeps only well-formed ids, once each, lower-cased', () => {
		expect(parseIds(`${a}.${b.toUpperCase()}.${a}.not-an-id.<script>`)).toEqual([a, b]);
		expect(parseIds(`${a},${b}`)).toEqual([a, b]);
		expect(parseIds(undefined)).toEqual([]);
	});
	it('adds, removes and caps at 30', () => {
		expect(addId([a], b)).toEqual([a, b]);
		expect(addId([a], 'junk')).toEqual([a]);
		expect(removeId([a, b], a)).toEqual([b]);
		const many = Array.from({ length: 40 }, (_, i) => `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`);
		expect(parseIds(serializeIds(many))).toHaveLength(30);
	});
});

describe('MAP_TILE_URL', () => {
	it('is optional, and must be an https template with {z}, {x} and {y}', async () => {
		const { loadConfig } = await import('#lib/server/config.ts');
		expect(loadConfig({}).MAP_TILE_URL).toBeUndefined();
		expect(loadConfig({ MAP_TILE_URL: 'https://tile.example.org/{z}/{x}/{y}.png' }).MAP_TILE_URL).toBe(
			'https://tile.example.org/{z}/{x}/{y}.png'
		);
		expect(() => loadConfig({ MAP_TILE_URL: 'http://tile.example.org/{z}/{x}/{y}.png' })).toThrow(/MAP_TILE_URL/);
		expect(() => loadConfig({ MAP_TILE_URL: 'https://tile.example.org/tiles.png' })).toThrow(/MAP_TILE_URL/);
	});
});

describe('the point a chosen place is measured from', () => {
	it("is where the metropolitan area's people live, not its geometric centroid", () => {
		const london = findArea('cma-555')!;
		// Downtown London (Dundas and Richmond) is at 42.985, -81.245: within 5 km now.
		const km = (lat: number, lon: number) =>
			6371 *
			Math.hypot(
				((lat - london.lat) * Math.PI) / 180,
				((lon - london.lon) * Math.PI * Math.cos((lat * Math.PI) / 180)) / 180
			);
		expect(km(42.985, -81.245)).toBeLessThan(5);
		expect(findArea('cd-3539')!.lat).toBe(42.9956);
	});

	it('is the mean of the tract centres, or nothing without tracts', () => {
		const square = (x: number, y: number): [number, number][][] => [
			[
				[x, y],
				[x + 2, y],
				[x + 2, y + 2],
				[x, y + 2],
				[x, y]
			]
		];
		const tracts = [
			{ cma: '1', polygons: [square(0, 0)] },
			{ cma: '1', polygons: [square(10, 4)] },
			{ cma: '2', polygons: [square(50, 50)] }
		];
		expect(tractCentre('1', tracts)).toEqual({ lat: 3, lon: 6 });
		expect(tractCentre('9', tracts)).toEqual({});
	});
});
