/**
 * Built-in synonyms for the directory search: everyday words newcomers type that are not a
 * taxonomy term's name or synonym (those live in the taxonomy and expand to its category; see
 * search.ts). Each group is a set of equivalent words or phrases, French and English mixed; a
 * search containing one of them also finds the others. Written normalized (lower case, no
 * accents, no punctuation) — normalizeSearchText() shows the form.
 */
export const synonymGroups: readonly (readonly string[])[] = [
	['emploi', 'emplois', 'travail', 'job', 'jobs', 'work', 'employment', 'carriere', 'career'],
	['cv', 'resume', 'curriculum vitae'],
	['logement', 'logements', 'housing', 'appartement', 'apartment', 'loyer', 'rent', 'renting'],
	['medecin', 'docteur', 'doctor', 'physician', 'family doctor', 'medecin de famille'],
	['clinique', 'clinic', 'walk in', 'sans rendez vous'],
	['dentiste', 'dentist', 'dents', 'teeth'],
	['carte sante', 'health card', 'ohip', 'assurance sante', 'assurance maladie'],
	['nas', 'sin', 'numero d assurance sociale', 'social insurance number'],
	['impots', 'impot', 'taxes', 'tax', 'income tax', 'declaration de revenus', 'tax return'],
	['permis de conduire', 'driver s licence', 'drivers licence', 'driver s license', 'driving licence'],
	['garderie', 'daycare', 'day care', 'garde d enfants', 'babysitting'],
	['ecole', 'school', 'inscription scolaire', 'school registration'],
	['banque alimentaire', 'food bank', 'epicerie', 'groceries', 'nourriture'],
	['avocat', 'lawyer', 'aide juridique', 'legal aid', 'legal clinic', 'clinique juridique'],
	['interprete', 'interpreter', 'interpretation', 'traducteur', 'translator'],
	['benevolat', 'benevole', 'volunteer', 'volunteering'],
	['aines', 'aine', 'personnes agees', 'seniors', 'senior', 'elderly'],
	['jeunes', 'jeunesse', 'youth', 'teen', 'teens', 'adolescents'],
	['femmes', 'femme', 'women', 'woman'],
	['ordinateur', 'computer', 'internet', 'informatique', 'computer skills'],
	['residence permanente', 'permanent residence', 'permanent resident', 'carte rp', 'pr card'],
	['refugie', 'refugies', 'refugee', 'refugees', 'demandeur d asile', 'asylum', 'asylum claimant'],
	['etudiant', 'etudiants', 'student', 'students', 'etudiant international', 'international student'],
	['transport', 'transportation', 'autobus', 'bus', 'transit'],
	['sante mentale', 'mental health', 'counselling', 'counseling', 'therapie', 'therapy', 'psychologue'],
	['violence', 'abus', 'abuse', 'violence conjugale', 'domestic violence']
];

/** Lower case, accents and punctuation removed, spaces collapsed. */
export function normalizeSearchText(text: string): string {
	return text
		.normalize('NFKD')
		.replace(/\p{M}+/gu, '')
		.toLowerCase()
		.replace(/œ/g, 'oe')
		.replace(/æ/g, 'ae')
		.replace(/ß/g, 'ss')
		.replace(/[^\p{L}\p{N}]+/gu, ' ')
		.trim();
}

export interface SynonymExpansion {
	/** The words of the search that matched no synonym, in their original form. */
	rest: string;
	/** One group per matched word or phrase: the matched form first, then its synonyms. */
	groups: string[][];
}

const byLength = synonymGroups
	.flatMap((group) => group.map((term) => ({ term, group })))
	.sort((a, b) => b.term.split(' ').length - a.term.split(' ').length || b.term.length - a.term.length);

/**
 * Finds the built-in synonyms in a search (longest phrases first, whole words only). With no
 * match, `rest` is the search as typed (its quotes and minus signs are kept for
 * websearch_to_tsquery); with matches, it is the normalized words left over.
 */
export function expandSynonyms(q: string): SynonymExpansion {
	const normalized = normalizeSearchText(q);
	if (!normalized) return { rest: q.trim(), groups: [] };
	let words = normalized.split(' ');
	const groups: string[][] = [];
	for (const { term, group } of byLength) {
		const termWords = term.split(' ');
		for (let i = 0; i + termWords.length <= words.length; i++) {
			if (termWords.every((w, j) => words[i + j] === w)) {
				if (!groups.some((g) => g[0] === term)) groups.push([term, ...group.filter((t) => t !== term)]);
				words = [...words.slice(0, i), ...words.slice(i + termWords.length)];
				i--;
			}
		}
	}
	if (!groups.length) return { rest: q.trim(), groups };
	return { rest: words.join(' '), groups };
}
