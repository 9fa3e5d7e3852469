import { createHash } from 'node:crypto';
import { accessibilityFeatures, deliveryModes, immigrationStatuses } from '../db-schema.ts';

/**
 * Passerelle's HSDS profile (docs/hsds-profile.md): the taxonomies that carry what the standard
 * fields cannot — the second language of every text, and our columns that have no HSDS field.
 * These taxonomies are "virtual": they are written on export and read back on import, never
 * stored as taxonomy rows. Their ids are fixed (UUID v5 in our namespace), so every export of the
 * same data is byte-for-byte the same and any importer can recognise them.
 */

export const hsdsVersion = '3.1';
/** Our UUID v5 namespace (random, fixed forever). */
const namespace = '6b1f5b38-3d1c-4a52-9a5e-0f3f6f6a2c11';

export function uuidv5(name: string, ns = namespace): string {
	const hash = createHash('sha1')
		.update(Buffer.from(ns.replace(/-/g, ''), 'hex'))
		.update(name, 'utf8')
		.digest();
	hash[6] = (hash[6] & 0x0f) | 0x50;
	hash[8] = (hash[8] & 0x3f) | 0x80;
	const h = hash.subarray(0, 16).toString('hex');
	return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}

export interface VirtualTerm {
	code: string;
	fr: string;
	en: string;
}
export interface VirtualTaxonomy {
	code: string;
	fr: string;
	en: string;
	descriptionFr: string;
	descriptionEn: string;
	terms: VirtualTerm[];
}

const statusNames: Record<string, [string, string]> = {
	permanent_resident: ['Résident permanent', 'Permanent resident'],
	protected_person: ['Personne protégée', 'Protected person'],
	refugee_claimant: ["Demandeur d'asile", 'Refugee claimant'],
	temporary_worker: ['Travailleur temporaire', 'Temporary worker'],
	international_student: ['Étudiant international', 'International student'],
	citizen: ['Citoyen', 'Citizen']
};
const modeNames: Record<string, [string, string]> = {
	in_person: ['En personne', 'In person'],
	virtual: ['En ligne', 'Online'],
	phone: ['Par téléphone', 'By phone']
};
const featureNames: Record<string, [string, string]> = {
	wheelchair: ['Accès en fauteuil roulant', 'Wheelchair access'],
	accessible_washroom: ['Toilettes accessibles', 'Accessible washroom'],
	hearing_loop: ['Boucle magnétique', 'Hearing loop'],
	braille: ['Braille', 'Braille'],
	accessible_parking: ['Stationnement accessible', 'Accessible parking'],
	elevator: ['Ascenseur', 'Elevator'],
	quiet_space: ['Espace calme', 'Quiet space'],
	other: ['Autre', 'Other']
};

export const virtualTaxonomies: VirtualTaxonomy[] = [
	{
		code: 'passerelle-i18n',
		fr: 'Passerelle : textes par langue',
		en: 'Passerelle: texts by language',
		descriptionFr:
			"Chaque attribut porte, en JSON, les textes d'un enregistrement dans une langue (clé : nom du champ HSDS).",
		descriptionEn: "Each attribute carries, as JSON, one record's texts in one language (key: the HSDS field name).",
		terms: [
			{ code: 'fr', fr: 'Français', en: 'French' },
			{ code: 'en', fr: 'Anglais', en: 'English' }
		]
	},
	{
		code: 'passerelle-eligibility',
		fr: "Passerelle : statuts d'immigration admissibles",
		en: 'Passerelle: eligible immigration statuses',
		descriptionFr: 'Statuts admis au service ; aucun attribut : ouvert à tous.',
		descriptionEn: 'Statuses the service is open to; no attribute: open to everyone.',
		terms: immigrationStatuses.map((code) => ({ code, fr: statusNames[code][0], en: statusNames[code][1] }))
	},
	{
		code: 'passerelle-delivery-mode',
		fr: 'Passerelle : modes de prestation',
		en: 'Passerelle: delivery modes',
		descriptionFr: 'Comment le service est offert.',
		descriptionEn: 'How the service is given.',
		terms: deliveryModes.map((code) => ({ code, fr: modeNames[code][0], en: modeNames[code][1] }))
	},
	{
		code: 'passerelle-accessibility-feature',
		fr: "Passerelle : caractéristiques d'accessibilité",
		en: 'Passerelle: accessibility features',
		descriptionFr: "Le code contrôlé d'une ligne d'accessibilité (pour filtrer).",
		descriptionEn: 'The controlled code of an accessibility row (for filtering).',
		terms: accessibilityFeatures.map((code) => ({ code, fr: featureNames[code][0], en: featureNames[code][1] }))
	},
	{
		code: 'passerelle-flag',
		fr: 'Passerelle : indicateurs',
		en: 'Passerelle: flags',
		descriptionFr: 'Présent : vrai. free_of_charge (service), via_interpreter (langue offerte par interprète).',
		descriptionEn: 'Present: true. free_of_charge (service), via_interpreter (language given through an interpreter).',
		terms: [
			{ code: 'free_of_charge', fr: 'Gratuit', en: 'Free of charge' },
			{ code: 'via_interpreter', fr: 'Par interprète', en: 'Through an interpreter' }
		]
	},
	{
		code: 'passerelle-field',
		fr: 'Passerelle : champs sans équivalent HSDS',
		en: 'Passerelle: fields with no HSDS equivalent',
		descriptionFr: 'La valeur de l’attribut est celle du champ (texte, ou JSON pour names et synonyms).',
		descriptionEn: "The attribute's value is the field's value (text, or JSON for names and synonyms).",
		terms: [
			{ code: 'time_zone', fr: 'Fuseau horaire', en: 'Time zone' },
			{ code: 'sector', fr: 'Secteur', en: 'Sector' },
			{ code: 'acronym', fr: 'Sigle', en: 'Acronym' },
			{ code: 'phone_languages', fr: 'Langues du numéro', en: 'Phone languages' },
			{ code: 'taxonomy_code', fr: 'Code de la taxonomie', en: 'Taxonomy code' },
			{ code: 'names', fr: 'Noms dans d’autres langues', en: 'Names in other languages' },
			{ code: 'synonyms', fr: 'Synonymes', en: 'Synonyms' },
			{ code: 'theme', fr: 'Thème du conseil', en: 'Council theme' },
			{ code: 'position', fr: 'Position', en: 'Position' }
		]
	}
];

export const virtualTaxonomyId = (code: string) => uuidv5(`taxonomy:${code}`);
export const virtualTermId = (taxonomy: string, term: string) => uuidv5(`term:${taxonomy}:${term}`);
export const virtualAttributeId = (entity: string, linkId: string, taxonomy: string, term: string) =>
	uuidv5(`attribute:${entity}:${linkId}:${taxonomy}:${term}`);

/** Virtual term id → its taxonomy and term codes. */
export const virtualTermsById = new Map<string, { taxonomy: string; term: string }>();
export const virtualTaxonomyIds = new Set<string>();
for (const tax of virtualTaxonomies) {
	virtualTaxonomyIds.add(virtualTaxonomyId(tax.code));
	for (const term of tax.terms)
		virtualTermsById.set(virtualTermId(tax.code, term.code), { taxonomy: tax.code, term: term.code });
}
