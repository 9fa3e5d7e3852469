/** The public directory's server helpers (pages under [lang]/[partnership]/directory). */
export { areasIn, findArea, loadAreas, padBox, partnershipExtent, type Area } from './areas.ts';
export {
	boundsOf,
	projectionOf,
	renderMapSvg,
	tilesFor,
	toLatLon,
	toPixel,
	viewFor,
	worldPixel,
	type BBox,
	type MapPoint,
	type MapView
} from './map.ts';
export {
	addId,
	listCookieName,
	listCookieOptions,
	maxListItems,
	parseIds,
	removeId,
	serializeIds
} from './list-cookie.ts';
export { safeName, sendDirectoryMail, serviceText, shareLimits, visitorHash, type ShareInput } from './share.ts';
