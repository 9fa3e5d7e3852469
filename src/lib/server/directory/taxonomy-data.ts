import type { Bilingual } from './search-types.ts';

/**
 * The taxonomy every partnership starts with (code `ircc-settlement`): the IRCC Settlement
 * Program's service categories at the top level, then mainstream service types tagged with the
 * council's themes (partnership/vocabulary.ts `themes`). Names in the newcomer languages of the
 * public directory make a category searchable in them ("سكن" finds housing); synonyms are the
 * other words people type ("LINC", "CLIC", "médecin"). Coordinators extend it; seeding never
 * overwrites their edits.
 */
export const newcomerLanguages = ['ar', 'es', 'zh', 'pa', 'tl', 'uk', 'fa'] as const;
export type NewcomerLanguage = (typeof newcomerLanguages)[number];

export interface TermSeed {
	code: string;
	parent?: string;
	name: Bilingual;
	description: Bilingual;
	names: Record<NewcomerLanguage, string>;
	synonyms: string[];
	theme: string;
}

export const settlementTaxonomy = {
	code: 'ircc-settlement',
	name: {
		fr: 'Services d’établissement et services courants',
		en: 'Settlement and mainstream services'
	},
	description: {
		fr: 'Catégories de services du Programme d’établissement d’IRCC, puis types de services courants selon les thèmes du conseil.',
		en: 'IRCC Settlement Program service categories, then mainstream service types under the council’s themes.'
	},
	uri: 'https://www.canada.ca/en/immigration-refugees-citizenship/corporate/partners-service-providers/immigrant-serving-organizations/settlement-program.html',
	version: '2026.1'
} as const;

/** ar, es, zh, pa, tl, uk, fa — in that order. */
function n(
	ar: string,
	es: string,
	zh: string,
	pa: string,
	tl: string,
	uk: string,
	fa: string
): Record<NewcomerLanguage, string> {
	return { ar, es, zh, pa, tl, uk, fa };
}

export const taxonomyTerms: TermSeed[] = [
	// ---- IRCC Settlement Program categories ------------------------------------------------
	{
		code: 'needs_assessment_referral',
		name: { fr: 'Évaluation des besoins et aiguillage', en: 'Needs assessment and referral' },
		description: {
			fr: 'Un intervenant évalue vos besoins d’établissement, prépare un plan avec vous et vous dirige vers les services utiles.',
			en: 'A worker assesses your settlement needs, makes a plan with you and refers you to the services that fit.'
		},
		names: n(
			'تقييم الاحتياجات والإحالة',
			'Evaluación de necesidades y derivación',
			'需求评估与转介',
			'ਲੋੜਾਂ ਦਾ ਮੁਲਾਂਕਣ ਅਤੇ ਰੈਫਰਲ',
			'Pagtatasa ng pangangailangan at referral',
			'Оцінка потреб і направлення',
			'ارزیابی نیازها و ارجاع'
		),
		synonyms: [
			'settlement worker',
			'intervenant en établissement',
			'travailleur d’établissement',
			'case management',
			'gestion de cas',
			'settlement plan',
			'plan d’établissement',
			'referral',
			'aiguillage',
			'référencement',
			'newcomer services',
			'services aux nouveaux arrivants'
		],
		theme: 'settlement'
	},
	{
		code: 'information_orientation',
		name: { fr: 'Information et orientation', en: 'Information and orientation' },
		description: {
			fr: 'Séances et rencontres sur la vie au Canada : documents, santé, logement, écoles, droits et responsabilités.',
			en: 'Sessions and meetings about life in Canada: documents, health, housing, schools, rights and responsibilities.'
		},
		names: n(
			'المعلومات والتوجيه',
			'Información y orientación',
			'信息与指导',
			'ਜਾਣਕਾਰੀ ਅਤੇ ਦਿਸ਼ਾ-ਨਿਰਦੇਸ਼',
			'Impormasyon at oryentasyon',
			'Інформація та орієнтація',
			'اطلاعات و راهنمایی'
		),
		synonyms: [
			'orientation',
			'workshop',
			'atelier',
			'life in Canada',
			'vie au Canada',
			'SIN',
			'NAS',
			'health card',
			'carte santé',
			'OHIP',
			'RAMO'
		],
		theme: 'settlement'
	},
	{
		code: 'citizenship',
		parent: 'information_orientation',
		name: { fr: 'Citoyenneté', en: 'Citizenship' },
		description: {
			fr: 'Préparation à l’examen de citoyenneté et aide à la demande.',
			en: 'Citizenship test preparation and help with the application.'
		},
		names: n('الجنسية', 'Ciudadanía', '公民身份', 'ਨਾਗਰਿਕਤਾ', 'Pagkamamamayan', 'Громадянство', 'شهروندی'),
		synonyms: [
			'citizenship test',
			'examen de citoyenneté',
			'citizenship class',
			'cours de citoyenneté',
			'oath',
			'serment'
		],
		theme: 'settlement'
	},
	{
		code: 'language_assessment',
		name: { fr: 'Évaluation linguistique', en: 'Language assessment' },
		description: {
			fr: 'Évaluation de votre niveau en anglais ou en français (NCLC/CLB) pour vous inscrire au bon cours.',
			en: 'An assessment of your English or French level (CLB/NCLC) to place you in the right class.'
		},
		names: n(
			'تقييم اللغة',
			'Evaluación del idioma',
			'语言评估',
			'ਭਾਸ਼ਾ ਮੁਲਾਂਕਣ',
			'Pagtatasa ng wika',
			'Оцінювання мовного рівня',
			'ارزیابی زبان'
		),
		synonyms: [
			'CLB',
			'NCLC',
			'Canadian Language Benchmarks',
			'niveaux de compétence linguistique canadiens',
			'language test',
			'test de langue',
			'placement test',
			'test de classement'
		],
		theme: 'education'
	},
	{
		code: 'language_training',
		name: { fr: 'Formation linguistique', en: 'Language training' },
		description: {
			fr: 'Cours d’anglais et de français pour adultes nouvellement arrivés, le jour, le soir ou en ligne.',
			en: 'English and French classes for adult newcomers, in the daytime, the evening or online.'
		},
		names: n(
			'تعليم اللغة',
			'Clases de idiomas',
			'语言培训',
			'ਭਾਸ਼ਾ ਸਿਖਲਾਈ',
			'Pagsasanay sa wika',
			'Мовне навчання',
			'آموزش زبان'
		),
		synonyms: ['LINC', 'CLIC', 'language classes', 'cours de langue', 'ESL', 'FLS'],
		theme: 'education'
	},
	{
		code: 'english_classes',
		parent: 'language_training',
		name: { fr: 'Cours d’anglais (CLIC/LINC, ALS)', en: 'English classes (LINC, ESL)' },
		description: {
			fr: 'Cours d’anglais langue seconde, dont les cours CLIC (LINC) financés par IRCC.',
			en: 'English as a second language, including IRCC-funded LINC classes.'
		},
		names: n(
			'دروس اللغة الإنجليزية',
			'Clases de inglés',
			'英语课程',
			'ਅੰਗਰੇਜ਼ੀ ਦੀਆਂ ਕਲਾਸਾਂ',
			'Klase sa Ingles',
			'Курси англійської мови',
			'کلاس‌های زبان انگلیسی'
		),
		synonyms: [
			'LINC',
			'CLIC',
			'ESL',
			'ALS',
			'ELL',
			'anglais langue seconde',
			'English as a second language',
			'English classes',
			'learn English',
			'apprendre l’anglais',
			'cours d’anglais',
			'inglés',
			'英语'
		],
		theme: 'education'
	},
	{
		code: 'french_classes',
		parent: 'language_training',
		name: { fr: 'Cours de français (CLIC, FLS)', en: 'French classes (CLIC, FSL)' },
		description: {
			fr: 'Cours de français langue seconde pour adultes, dont les cours CLIC financés par IRCC.',
			en: 'French as a second language for adults, including IRCC-funded CLIC classes.'
		},
		names: n(
			'دروس اللغة الفرنسية',
			'Clases de francés',
			'法语课程',
			'ਫ਼ਰਾਂਸੀਸੀ ਦੀਆਂ ਕਲਾਸਾਂ',
			'Klase sa Pranses',
			'Курси французької мови',
			'کلاس‌های زبان فرانسوی'
		),
		synonyms: [
			'CLIC',
			'FLS',
			'FSL',
			'français langue seconde',
			'French as a second language',
			'cours de français',
			'apprendre le français',
			'learn French',
			'francés'
		],
		theme: 'education'
	},
	{
		code: 'language_for_work',
		parent: 'language_training',
		name: { fr: 'Formation linguistique axée sur l’emploi', en: 'Employment-related language training' },
		description: {
			fr: 'Langue de niveau avancé pour le milieu de travail et les professions.',
			en: 'Advanced language for the workplace and for specific occupations.'
		},
		names: n(
			'اللغة لأغراض العمل',
			'Idioma para el trabajo',
			'职业语言培训',
			'ਕੰਮ ਲਈ ਭਾਸ਼ਾ ਸਿਖਲਾਈ',
			'Wika para sa trabaho',
			'Мова для роботи',
			'زبان برای کار'
		),
		synonyms: [
			'ELT',
			'FLAE',
			'Enhanced Language Training',
			'occupation-specific language',
			'workplace English',
			'anglais en milieu de travail'
		],
		theme: 'employment'
	},
	{
		code: 'employment',
		name: { fr: 'Services liés à l’emploi', en: 'Employment-related services' },
		description: {
			fr: 'Recherche d’emploi, CV, reconnaissance des diplômes, mentorat et liens avec les employeurs.',
			en: 'Job search, résumés, credential recognition, mentoring and links with employers.'
		},
		names: n(
			'خدمات التوظيف',
			'Servicios de empleo',
			'就业服务',
			'ਰੁਜ਼ਗਾਰ ਸੇਵਾਵਾਂ',
			'Mga serbisyo sa trabaho',
			'Послуги з працевлаштування',
			'خدمات اشتغال'
		),
		synonyms: [
			'emploi',
			'job',
			'jobs',
			'work',
			'travail',
			'career',
			'carrière',
			'resume',
			'CV',
			'Employment Ontario',
			'Emploi Ontario',
			'empleo',
			'trabajo'
		],
		theme: 'employment'
	},
	{
		code: 'job_search',
		parent: 'employment',
		name: { fr: 'Recherche d’emploi', en: 'Job search' },
		description: {
			fr: 'Aide pour le CV, les entrevues et les offres d’emploi.',
			en: 'Help with résumés, interviews and job postings.'
		},
		names: n(
			'البحث عن عمل',
			'Búsqueda de empleo',
			'求职',
			'ਨੌਕਰੀ ਦੀ ਭਾਲ',
			'Paghahanap ng trabaho',
			'Пошук роботи',
			'کاریابی'
		),
		synonyms: ['job search', 'recherche d’emploi', 'interview', 'entrevue', 'job board', 'offres d’emploi'],
		theme: 'employment'
	},
	{
		code: 'credential_recognition',
		parent: 'employment',
		name: { fr: 'Reconnaissance des titres de compétences', en: 'Credential recognition' },
		description: {
			fr: 'Évaluation des diplômes étrangers et accès aux professions réglementées.',
			en: 'Foreign credential assessment and access to regulated professions.'
		},
		names: n(
			'الاعتراف بالمؤهلات',
			'Reconocimiento de títulos',
			'学历认证',
			'ਯੋਗਤਾਵਾਂ ਦੀ ਮਾਨਤਾ',
			'Pagkilala sa kredensyal',
			'Визнання кваліфікацій',
			'ارزشیابی مدارک'
		),
		synonyms: [
			'foreign credentials',
			'diplômes étrangers',
			'équivalence',
			'WES',
			'licensing',
			'regulated profession',
			'profession réglementée'
		],
		theme: 'employment'
	},
	{
		code: 'mentoring',
		parent: 'employment',
		name: { fr: 'Mentorat et programmes relais', en: 'Mentoring and bridging' },
		description: {
			fr: 'Jumelage avec un professionnel de votre domaine, stages et programmes relais.',
			en: 'Matching with a professional in your field, placements and bridging programs.'
		},
		names: n('الإرشاد المهني', 'Mentoría', '职业导师', 'ਮੈਂਟਰਸ਼ਿਪ', 'Mentoring', 'Менторство', 'منتورینگ'),
		synonyms: [
			'mentor',
			'mentorat',
			'bridging program',
			'programme relais',
			'internship',
			'stage',
			'networking',
			'réseautage'
		],
		theme: 'employment'
	},
	{
		code: 'entrepreneurship',
		parent: 'employment',
		name: { fr: 'Entrepreneuriat', en: 'Entrepreneurship' },
		description: {
			fr: 'Aide pour démarrer ou faire grandir une entreprise.',
			en: 'Help to start or grow a business.'
		},
		names: n('ريادة الأعمال', 'Emprendimiento', '创业', 'ਉੱਦਮਤਾ', 'Pagnenegosyo', 'Підприємництво', 'کارآفرینی'),
		synonyms: [
			'start a business',
			'démarrer une entreprise',
			'small business',
			'petite entreprise',
			'self-employment',
			'travail autonome'
		],
		theme: 'employment'
	},
	{
		code: 'community_connections',
		name: { fr: 'Liens communautaires', en: 'Community connections' },
		description: {
			fr: 'Cercles de conversation, jumelage, bénévolat et activités pour créer des liens dans la communauté.',
			en: 'Conversation circles, matching, volunteering and activities to build ties in the community.'
		},
		names: n(
			'التواصل المجتمعي',
			'Conexiones comunitarias',
			'社区联系',
			'ਭਾਈਚਾਰਕ ਸੰਪਰਕ',
			'Ugnayan sa komunidad',
			'Зв’язки з громадою',
			'ارتباطات اجتماعی'
		),
		synonyms: [
			'conversation circle',
			'cercle de conversation',
			'volunteer',
			'bénévolat',
			'social',
			'friends',
			'amis',
			'recreation',
			'loisirs',
			'host program',
			'jumelage'
		],
		theme: 'inclusion_civic_engagement'
	},
	{
		code: 'support_services',
		name: { fr: 'Services de soutien', en: 'Support services' },
		description: {
			fr: 'Services qui vous permettent d’accéder aux autres : garde d’enfants, transport, traduction, interprétation, counseling de crise, soutien aux personnes handicapées.',
			en: 'Services that let you reach the others: child care, transportation, translation, interpretation, crisis counselling, disability supports.'
		},
		names: n(
			'خدمات الدعم',
			'Servicios de apoyo',
			'支持服务',
			'ਸਹਾਇਤਾ ਸੇਵਾਵਾਂ',
			'Mga serbisyong suporta',
			'Послуги підтримки',
			'خدمات پشتیبانی'
		),
		synonyms: ['support', 'soutien', 'help', 'aide'],
		theme: 'settlement'
	},
	{
		code: 'child_care',
		parent: 'support_services',
		name: { fr: 'Garde d’enfants', en: 'Child care' },
		description: {
			fr: 'Garde des enfants pendant que les parents suivent un cours ou un service.',
			en: 'Care for children while their parents attend a class or a service.'
		},
		names: n(
			'رعاية الأطفال',
			'Cuidado infantil',
			'托儿服务',
			'ਬੱਚਿਆਂ ਦੀ ਦੇਖਭਾਲ',
			'Pag-aalaga ng bata',
			'Догляд за дітьми',
			'مراقبت از کودک'
		),
		synonyms: [
			'daycare',
			'garderie',
			'care for newcomer children',
			'CNC',
			'service de garde',
			'babysitting',
			'child minding'
		],
		theme: 'settlement'
	},
	{
		code: 'transportation',
		parent: 'support_services',
		name: { fr: 'Transport', en: 'Transportation' },
		description: {
			fr: 'Billets d’autobus ou transport pour se rendre aux services.',
			en: 'Bus tickets or rides to reach services.'
		},
		names: n('المواصلات', 'Transporte', '交通', 'ਆਵਾਜਾਈ', 'Transportasyon', 'Транспорт', 'حمل و نقل'),
		synonyms: ['bus ticket', 'billet d’autobus', 'LTC', 'bus pass', 'laissez-passer', 'ride', 'autobus'],
		theme: 'settlement'
	},
	{
		code: 'translation',
		parent: 'support_services',
		name: { fr: 'Traduction', en: 'Translation' },
		description: {
			fr: 'Traduction de documents (diplômes, permis, actes).',
			en: 'Translation of documents (diplomas, licences, certificates).'
		},
		names: n('الترجمة التحريرية', 'Traducción', '笔译', 'ਅਨੁਵਾਦ', 'Pagsasalin', 'Письмовий переклад', 'ترجمه'),
		synonyms: ['document translation', 'traduction de documents', 'certified translation', 'traduction certifiée'],
		theme: 'settlement'
	},
	{
		code: 'interpretation',
		parent: 'support_services',
		name: { fr: 'Interprétation', en: 'Interpretation' },
		description: {
			fr: 'Interprète en personne, au téléphone ou en vidéo pour vos rendez-vous.',
			en: 'An interpreter in person, by phone or by video for your appointments.'
		},
		names: n(
			'الترجمة الفورية',
			'Interpretación',
			'口译',
			'ਦੁਭਾਸ਼ੀਆ ਸੇਵਾ',
			'Interpretasyon',
			'Усний переклад',
			'ترجمه شفاهی'
		),
		synonyms: ['interpreter', 'interprète', 'language line', 'interprétation téléphonique', 'intérprete'],
		theme: 'settlement'
	},
	{
		code: 'crisis_counselling',
		parent: 'support_services',
		name: { fr: 'Counseling de crise', en: 'Crisis counselling' },
		description: {
			fr: 'Soutien immédiat et de courte durée en situation de crise.',
			en: 'Immediate, short-term support in a crisis.'
		},
		names: n(
			'الإرشاد في حالات الأزمات',
			'Asesoramiento en crisis',
			'危机辅导',
			'ਸੰਕਟ ਸਲਾਹ',
			'Pagpapayo sa krisis',
			'Кризове консультування',
			'مشاوره بحران'
		),
		synonyms: [
			'crisis',
			'crise',
			'counselling',
			'counseling',
			'trauma',
			'urgence',
			'emergency',
			'crisis line',
			'ligne de crise'
		],
		theme: 'health_wellbeing'
	},
	{
		code: 'disability_supports',
		parent: 'support_services',
		name: { fr: 'Soutien aux personnes handicapées', en: 'Disability supports' },
		description: {
			fr: 'Adaptations et soutiens pour les personnes handicapées.',
			en: 'Accommodations and supports for people with disabilities.'
		},
		names: n(
			'دعم ذوي الإعاقة',
			'Apoyo para personas con discapacidad',
			'残障支持',
			'ਅਪੰਗਤਾ ਸਹਾਇਤਾ',
			'Suporta para sa may kapansanan',
			'Підтримка людей з інвалідністю',
			'حمایت از افراد دارای معلولیت'
		),
		synonyms: ['disability', 'handicap', 'ODSP', 'POSPH', 'accessibility', 'accessibilité', 'discapacidad'],
		theme: 'health_wellbeing'
	},
	// ---- Mainstream services, under the council's themes -----------------------------------
	{
		code: 'health',
		name: { fr: 'Santé', en: 'Health' },
		description: {
			fr: 'Médecins, infirmières, cliniques, hôpitaux et santé publique.',
			en: 'Doctors, nurses, clinics, hospitals and public health.'
		},
		names: n('الصحة', 'Salud', '健康', 'ਸਿਹਤ', 'Kalusugan', 'Здоров’я', 'سلامت'),
		synonyms: [
			'doctor',
			'médecin',
			'family doctor',
			'médecin de famille',
			'clinic',
			'clinique',
			'nurse',
			'infirmière',
			'hospital',
			'hôpital',
			'OHIP',
			'health card',
			'carte santé',
			'médico',
			'医生'
		],
		theme: 'health_wellbeing'
	},
	{
		code: 'primary_care',
		parent: 'health',
		name: { fr: 'Soins primaires', en: 'Primary care' },
		description: {
			fr: 'Médecin ou infirmière praticienne, y compris pour les personnes sans carte santé.',
			en: 'A doctor or nurse practitioner, including for people without a health card.'
		},
		names: n(
			'الرعاية الصحية الأولية',
			'Atención primaria',
			'初级医疗',
			'ਮੁਢਲੀ ਸਿਹਤ ਸੰਭਾਲ',
			'Pangunahing pangangalaga',
			'Первинна медична допомога',
			'مراقبت‌های اولیه بهداشتی'
		),
		synonyms: [
			'doctor',
			'médecin',
			'nurse practitioner',
			'infirmière praticienne',
			'community health centre',
			'centre de santé communautaire',
			'walk-in clinic',
			'clinique sans rendez-vous',
			'uninsured',
			'sans assurance'
		],
		theme: 'health_wellbeing'
	},
	{
		code: 'public_health',
		parent: 'health',
		name: { fr: 'Santé publique', en: 'Public health' },
		description: {
			fr: 'Vaccination, santé sexuelle, santé prénatale et des jeunes enfants.',
			en: 'Immunization, sexual health, prenatal and early childhood health.'
		},
		names: n(
			'الصحة العامة',
			'Salud pública',
			'公共卫生',
			'ਜਨਤਕ ਸਿਹਤ',
			'Pampublikong kalusugan',
			'Громадське здоров’я',
			'بهداشت عمومی'
		),
		synonyms: [
			'vaccination',
			'immunization',
			'vaccin',
			'sexual health',
			'santé sexuelle',
			'prenatal',
			'prénatal',
			'vacuna'
		],
		theme: 'health_wellbeing'
	},
	{
		code: 'dental',
		parent: 'health',
		name: { fr: 'Soins dentaires', en: 'Dental care' },
		description: {
			fr: 'Soins dentaires gratuits ou à faible coût.',
			en: 'Free or low-cost dental care.'
		},
		names: n(
			'رعاية الأسنان',
			'Atención dental',
			'牙科护理',
			'ਦੰਦਾਂ ਦੀ ਦੇਖਭਾਲ',
			'Pangangalaga sa ngipin',
			'Стоматологічна допомога',
			'دندانپزشکی'
		),
		synonyms: [
			'dentist',
			'dentiste',
			'teeth',
			'dents',
			'Healthy Smiles Ontario',
			'Beaux sourires Ontario',
			'CDCP',
			'RCSD'
		],
		theme: 'health_wellbeing'
	},
	{
		code: 'mental_health',
		name: { fr: 'Santé mentale', en: 'Mental health' },
		description: {
			fr: 'Counseling, thérapie et soutien en santé mentale et en dépendances.',
			en: 'Counselling, therapy and support for mental health and addictions.'
		},
		names: n(
			'الصحة النفسية',
			'Salud mental',
			'心理健康',
			'ਮਾਨਸਿਕ ਸਿਹਤ',
			'Kalusugang pangkaisipan',
			'Психічне здоров’я',
			'سلامت روان'
		),
		synonyms: [
			'counselling',
			'counseling',
			'therapy',
			'thérapie',
			'psychologist',
			'psychologue',
			'stress',
			'anxiety',
			'anxiété',
			'depression',
			'dépression',
			'trauma',
			'addiction',
			'dépendance'
		],
		theme: 'health_wellbeing'
	},
	{
		code: 'housing',
		name: { fr: 'Logement', en: 'Housing' },
		description: {
			fr: 'Trouver un logement, logement social, droits des locataires et aide au loyer.',
			en: 'Finding a home, social housing, tenants’ rights and help with rent.'
		},
		names: n('سكن', 'Vivienda', '住房', 'ਰਿਹਾਇਸ਼', 'Pabahay', 'Житло', 'مسکن'),
		synonyms: [
			'rent',
			'loyer',
			'apartment',
			'appartement',
			'housing help',
			'aide au logement',
			'landlord',
			'propriétaire',
			'social housing',
			'logement social',
			'rent-geared-to-income',
			'alquiler',
			'مسكن',
			'إسكان'
		],
		theme: 'settlement'
	},
	{
		code: 'emergency_shelter',
		parent: 'housing',
		name: { fr: 'Hébergement d’urgence', en: 'Emergency shelter' },
		description: {
			fr: 'Un lit pour la nuit et de l’aide pour trouver un logement.',
			en: 'A bed for the night and help to find housing.'
		},
		names: n(
			'مأوى طارئ',
			'Albergue de emergencia',
			'紧急庇护所',
			'ਐਮਰਜੈਂਸੀ ਪਨਾਹਘਰ',
			'Pansamantalang tirahan',
			'Екстрений притулок',
			'سرپناه اضطراری'
		),
		synonyms: ['shelter', 'refuge', 'homeless', 'itinérance', 'sans-abri', 'albergue'],
		theme: 'settlement'
	},
	{
		code: 'education',
		name: { fr: 'Éducation', en: 'Education' },
		description: {
			fr: 'Écoles, inscription scolaire, éducation des adultes, collèges et universités.',
			en: 'Schools, school registration, adult education, colleges and universities.'
		},
		names: n('التعليم', 'Educación', '教育', 'ਸਿੱਖਿਆ', 'Edukasyon', 'Освіта', 'آموزش و پرورش'),
		synonyms: [
			'school',
			'école',
			'college',
			'collège',
			'university',
			'université',
			'high school',
			'école secondaire',
			'escuela'
		],
		theme: 'education'
	},
	{
		code: 'school_registration',
		parent: 'education',
		name: { fr: 'Inscription scolaire et soutien aux élèves', en: 'School registration and student support' },
		description: {
			fr: 'Inscrire vos enfants à l’école, évaluation de l’anglais ou du français et travailleurs d’établissement dans les écoles.',
			en: 'Registering your children for school, English or French assessment and settlement workers in schools.'
		},
		names: n(
			'التسجيل المدرسي',
			'Inscripción escolar',
			'学校注册',
			'ਸਕੂਲ ਦਾਖਲਾ',
			'Pagpapatala sa paaralan',
			'Запис до школи',
			'ثبت‌نام مدرسه'
		),
		synonyms: [
			'welcome centre',
			'centre d’accueil',
			'SWIS',
			'TÉÉ',
			'settlement workers in schools',
			'travailleurs d’établissement dans les écoles',
			'school registration',
			'inscription scolaire'
		],
		theme: 'education'
	},
	{
		code: 'adult_education',
		parent: 'education',
		name: { fr: 'Éducation des adultes', en: 'Adult education' },
		description: {
			fr: 'Crédits d’études secondaires, formation continue et retour aux études.',
			en: 'High school credits, continuing education and going back to school.'
		},
		names: n(
			'تعليم الكبار',
			'Educación para adultos',
			'成人教育',
			'ਬਾਲਗ ਸਿੱਖਿਆ',
			'Edukasyon para sa nasa hustong gulang',
			'Освіта для дорослих',
			'آموزش بزرگسالان'
		),
		synonyms: [
			'high school credits',
			'crédits d’études secondaires',
			'OSSD',
			'DESO',
			'GED',
			'continuing education',
			'formation continue'
		],
		theme: 'education'
	},
	{
		code: 'legal',
		name: { fr: 'Services juridiques', en: 'Legal services' },
		description: {
			fr: 'Aide juridique, cliniques juridiques, droit de l’immigration et des réfugiés, droit du logement et du travail.',
			en: 'Legal aid, legal clinics, immigration and refugee law, housing and employment law.'
		},
		names: n(
			'الخدمات القانونية',
			'Servicios legales',
			'法律服务',
			'ਕਾਨੂੰਨੀ ਸੇਵਾਵਾਂ',
			'Serbisyong legal',
			'Юридичні послуги',
			'خدمات حقوقی'
		),
		synonyms: [
			'lawyer',
			'avocat',
			'legal aid',
			'aide juridique',
			'legal clinic',
			'clinique juridique',
			'immigration law',
			'droit de l’immigration',
			'refugee claim',
			'demande d’asile',
			'tenant',
			'locataire',
			'paralegal',
			'parajuriste',
			'abogado'
		],
		theme: 'justice_protection'
	},
	{
		code: 'justice',
		name: { fr: 'Justice et sécurité', en: 'Justice and safety' },
		description: {
			fr: 'Police, services aux victimes, protection de l’enfance et tribunaux.',
			en: 'Police, victim services, child protection and courts.'
		},
		names: n(
			'العدالة والسلامة',
			'Justicia y seguridad',
			'司法与安全',
			'ਨਿਆਂ ਅਤੇ ਸੁਰੱਖਿਆ',
			'Katarungan at kaligtasan',
			'Правосуддя та безпека',
			'عدالت و امنیت'
		),
		synonyms: [
			'police',
			'victim services',
			'services aux victimes',
			'child protection',
			'protection de l’enfance',
			'court',
			'tribunal',
			'safety',
			'sécurité'
		],
		theme: 'justice_protection'
	},
	{
		code: 'family_violence',
		parent: 'justice',
		name: { fr: 'Violence familiale', en: 'Family violence' },
		description: {
			fr: 'Soutien, hébergement sécuritaire et accompagnement pour les personnes victimes de violence.',
			en: 'Support, safe shelter and accompaniment for people experiencing violence.'
		},
		names: n(
			'العنف الأسري',
			'Violencia familiar',
			'家庭暴力',
			'ਘਰੇਲੂ ਹਿੰਸਾ',
			'Karahasan sa pamilya',
			'Домашнє насильство',
			'خشونت خانگی'
		),
		synonyms: [
			'domestic violence',
			'violence conjugale',
			'gender-based violence',
			'violence fondée sur le sexe',
			'abuse',
			'abus',
			'women’s shelter',
			'maison d’hébergement',
			'safety plan'
		],
		theme: 'justice_protection'
	},
	{
		code: 'libraries',
		name: { fr: 'Bibliothèques', en: 'Libraries' },
		description: {
			fr: 'Livres en plusieurs langues, ordinateurs, Internet, cercles de conversation et programmes pour les familles.',
			en: 'Books in many languages, computers, internet, conversation circles and family programs.'
		},
		names: n('المكتبات', 'Bibliotecas', '图书馆', 'ਲਾਇਬ੍ਰੇਰੀਆਂ', 'Mga aklatan', 'Бібліотеки', 'کتابخانه‌ها'),
		synonyms: [
			'library',
			'bibliothèque',
			'books',
			'livres',
			'library card',
			'carte de bibliothèque',
			'computers',
			'ordinateurs',
			'internet',
			'wifi'
		],
		theme: 'inclusion_civic_engagement'
	},
	{
		code: 'food',
		name: { fr: 'Alimentation', en: 'Food' },
		description: {
			fr: 'Banques alimentaires, repas communautaires, jardins et paniers d’aliments.',
			en: 'Food banks, community meals, gardens and food boxes.'
		},
		names: n('الطعام', 'Alimentos', '食物', 'ਭੋਜਨ', 'Pagkain', 'Харчування', 'غذا'),
		synonyms: [
			'food bank',
			'banque alimentaire',
			'groceries',
			'épicerie',
			'meals',
			'repas',
			'community garden',
			'jardin communautaire',
			'halal',
			'good food box',
			'comida'
		],
		theme: 'health_wellbeing'
	},
	{
		code: 'income_support',
		name: { fr: 'Soutien du revenu', en: 'Income support' },
		description: {
			fr: 'Ontario au travail, prestations, cliniques d’impôts et aide financière.',
			en: 'Ontario Works, benefits, tax clinics and financial help.'
		},
		names: n(
			'دعم الدخل',
			'Apoyo a los ingresos',
			'收入援助',
			'ਆਮਦਨ ਸਹਾਇਤਾ',
			'Suporta sa kita',
			'Підтримка доходу',
			'حمایت درآمدی'
		),
		synonyms: [
			'Ontario Works',
			'Ontario au travail',
			'welfare',
			'aide sociale',
			'social assistance',
			'ODSP',
			'POSPH',
			'tax clinic',
			'clinique d’impôts',
			'child benefit',
			'allocation canadienne pour enfants',
			'RAP',
			'Resettlement Assistance Program',
			'Programme d’aide à la réinstallation'
		],
		theme: 'employment'
	},
	{
		code: 'francophone_services',
		name: { fr: 'Services en français', en: 'French-language services' },
		description: {
			fr: 'Services offerts en français aux personnes d’expression française, dont les nouveaux arrivants francophones.',
			en: 'Services offered in French to French-speaking people, including Francophone newcomers.'
		},
		names: n(
			'خدمات باللغة الفرنسية',
			'Servicios en francés',
			'法语服务',
			'ਫ਼ਰਾਂਸੀਸੀ ਭਾਸ਼ਾ ਵਿੱਚ ਸੇਵਾਵਾਂ',
			'Mga serbisyo sa wikang Pranses',
			'Послуги французькою мовою',
			'خدمات به زبان فرانسوی'
		),
		synonyms: [
			'francophone',
			'en français',
			'French',
			'français',
			'services en français',
			'immigration francophone',
			'French Language Services Act',
			'Loi sur les services en français'
		],
		theme: 'francophone'
	},
	{
		code: 'youth',
		name: { fr: 'Jeunesse', en: 'Youth' },
		description: {
			fr: 'Programmes pour les jeunes : aide aux devoirs, leadership, camps et emploi.',
			en: 'Programs for young people: homework help, leadership, camps and jobs.'
		},
		names: n('الشباب', 'Jóvenes', '青少年', 'ਨੌਜਵਾਨ', 'Kabataan', 'Молодь', 'جوانان'),
		synonyms: ['youth', 'jeunes', 'teens', 'adolescents', 'homework club', 'aide aux devoirs', 'summer camp', 'camp'],
		theme: 'education'
	},
	{
		code: 'seniors',
		name: { fr: 'Aînés', en: 'Seniors' },
		description: {
			fr: 'Programmes et prestations pour les personnes aînées.',
			en: 'Programs and benefits for older adults.'
		},
		names: n('كبار السن', 'Personas mayores', '老年人', 'ਬਜ਼ੁਰਗ', 'Nakatatanda', 'Люди похилого віку', 'سالمندان'),
		synonyms: [
			'seniors',
			'aînés',
			'personnes âgées',
			'elders',
			'Old Age Security',
			'Sécurité de la vieillesse',
			'OAS',
			'SV'
		],
		theme: 'inclusion_civic_engagement'
	},
	{
		code: 'women',
		name: { fr: 'Femmes', en: 'Women' },
		description: {
			fr: 'Groupes, programmes et soutien pour les femmes nouvellement arrivées.',
			en: 'Groups, programs and support for newcomer women.'
		},
		names: n('النساء', 'Mujeres', '妇女', 'ਔਰਤਾਂ', 'Kababaihan', 'Жінки', 'زنان'),
		synonyms: ['women', 'femmes', 'women’s group', 'groupe de femmes', 'mothers', 'mères', 'mujeres'],
		theme: 'inclusion_civic_engagement'
	},
	{
		code: 'lgbtq',
		name: { fr: 'Personnes 2ELGBTQI+', en: '2SLGBTQI+ people' },
		description: {
			fr: 'Soutien et espaces sûrs pour les personnes nouvellement arrivées 2ELGBTQI+.',
			en: 'Support and safe spaces for 2SLGBTQI+ newcomers.'
		},
		names: n(
			'مجتمع الميم',
			'Personas LGBTQ+',
			'LGBTQ+ 群体',
			'LGBTQ+ ਲੋਕ',
			'Mga taong LGBTQ+',
			'ЛГБТК+ люди',
			'افراد ال‌جی‌بی‌تی‌کیو+'
		),
		synonyms: [
			'LGBTQ',
			'LGBT',
			'2SLGBTQI+',
			'2ELGBTQI+',
			'queer',
			'trans',
			'gay',
			'lesbian',
			'lesbienne',
			'rainbow',
			'arc-en-ciel'
		],
		theme: 'inclusion_civic_engagement'
	}
];

/** Autonyms: a language's name is never translated. */
export const languageNames: Record<string, string> = {
	en: 'English',
	fr: 'Français',
	ar: 'العربية',
	es: 'Español',
	zh: '中文',
	pa: 'ਪੰਜਾਬੀ',
	tl: 'Tagalog',
	uk: 'Українська',
	fa: 'فارسی',
	so: 'Soomaali',
	ti: 'ትግርኛ',
	am: 'አማርኛ',
	ne: 'नेपाली',
	pt: 'Português',
	ur: 'اردو',
	hi: 'हिन्दी',
	ru: 'Русский',
	sw: 'Kiswahili',
	vi: 'Tiếng Việt',
	ko: '한국어',
	ps: 'پښتو',
	ku: 'Kurdî',
	sq: 'Shqip',
	ln: 'Lingála',
	rw: 'Ikinyarwanda',
	ase: 'ASL'
};
