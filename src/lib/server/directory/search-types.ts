import type { AccessibilityFeature, DeliveryMode, ImmigrationStatus } from './db-schema.ts';

/**
 * The contract between the search engine (search.ts) and its callers (the public search page,
 * the HSDS API's proximity search, the printed directory, the benchmark). One hit per
 * service-at-location; a service with no location (virtual, phone) is one hit with no location.
 */
export interface SearchQuery {
	/** Keyword(s) in French, English or a newcomer language (matched against category names). */
	q?: string;
	/** Content language for ranking and for the texts in hits. */
	lang: 'fr' | 'en';
	/** Taxonomy term codes or ids; a parent term includes its children. */
	categories?: string[];
	/** ISO 639 codes: the service is given in any of these languages. */
	languages?: string[];
	/** Given in French (French-language services), as its own filter. */
	french?: boolean;
	/** Interpretation available (interpretation_services text or a language via an interpreter). */
	interpretation?: boolean;
	/** Open to people with any of these statuses (a service open to everyone matches). */
	statuses?: ImmigrationStatus[];
	/** Open to a person of this age. */
	age?: number;
	free?: boolean;
	openNow?: boolean;
	/** The "now" for openNow (tests set it); default the current time. */
	now?: Date;
	/** Locations with all of these features. */
	accessibility?: AccessibilityFeature[];
	/** Offered in any of these ways. */
	modes?: DeliveryMode[];
	near?: { lat: number; lon: number; radiusKm: number };
	sort?: 'relevance' | 'distance' | 'name';
	/** 1-based. */
	page?: number;
	/** Default 20, at most 100. */
	pageSize?: number;
	/** Also return the facet counts (the public page does; the API and the benchmark may not). */
	facets?: boolean;
	/** Also return every matching point (at most 2,000) for the map. */
	points?: boolean;
}

export interface Bilingual {
	fr: string;
	en: string;
}

export interface SearchHit {
	serviceId: string;
	serviceAtLocationId: string | null;
	locationId: string | null;
	organizationId: string;
	name: Bilingual;
	organizationName: Bilingual;
	/** A short description (first ~200 characters) in both languages. */
	summary: Bilingual;
	categories: { code: string; name: Bilingual }[];
	languages: string[];
	free: boolean;
	modes: DeliveryMode[];
	address: { line: string; city: string; postalCode: string } | null;
	lat: number | null;
	lon: number | null;
	distanceKm: number | null;
	/** null when the service has no schedule to tell. */
	openNow: boolean | null;
	assuredDate: string | null;
	/** Not verified for 12 months or more (or never). */
	stale: boolean;
}

export interface FacetCount {
	value: string;
	count: number;
	/** The category's name (categories facet: value is the term id). */
	label?: Bilingual;
}

export interface SearchFacets {
	categories: FacetCount[];
	languages: FacetCount[];
	statuses: FacetCount[];
	modes: FacetCount[];
	accessibility: FacetCount[];
	free: number;
	french: number;
	interpretation: number;
}

export interface SearchResults {
	total: number;
	page: number;
	pageSize: number;
	hits: SearchHit[];
	facets?: SearchFacets;
	points?: {
		serviceAtLocationId: string;
		serviceId: string;
		lat: number;
		lon: number;
		name: Bilingual;
		/** Where (street, city): tells apart one service offered at several places. */
		place: string;
	}[];
}
