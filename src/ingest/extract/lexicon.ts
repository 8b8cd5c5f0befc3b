// Word lists of English newswire: closed classes (reporting verbs, titles, particles,
// organization keywords) and general gazetteers (countries, nationalities, months).
// Nothing here names a particular person or organization of any article.

const words = (list: string): Set<string> => new Set(list.trim().split(/\s*[,\n]\s*|\s+/).filter(Boolean));

/** Words followed by a full stop that does not end the sentence. */
export const ABBREVIATIONS = words(`
  mr mrs ms dr st jr sr gen col lt sgt capt maj gov sen rep prof rev hon inc ltd co corp plc llc vs etc no nos
  jan feb mar apr jun jul aug sep sept oct nov dec approx est dept univ ave blvd mt ft fig al cf pp vol ed eds
  adm cmdr gov't messrs mmes brig
`);

/** Words that open sentences far more often than they continue a name. */
export const SENTENCE_STARTERS = words(`
  the a an he she it they we i you his her its their our my this that these those there here but and or so yet
  in on at after before when while however meanwhile also last some many one two most according if as for since
  though although because then now still even both neither either no not what who which where why how all each
  other another such only just to from by with without under over into during until about against among between
  despite earlier later instead today yesterday tomorrow on asked speaking is was are were has have had do does did
  will would can could should may might must being having once more further
`);

/** Capitalized words that start a sentence but are not names. */
export const COMMON_CAPITALIZED = words(`
  the a an he she it they we i you his her its their our my this that these those there here but and or so yet
  in on at after before when while however meanwhile also last some many one two three four five most according if
  as for since though although because then now still even both neither either no not what who which where why how
  all each other another such only just to from by with without under over into during until about against among
  between despite earlier later instead today yesterday tomorrow is was are were has have had do does did will
  would can could should may might must mr mrs ms dr relations officials police authorities critics analysts
  people residents experts sources lawmakers investigators prosecutors protesters supporters opponents
  rights human security government president minister members several few dozens hundreds thousands millions
  chief head spokesman spokeswoman leader deputy former acting new news report reports reporting updated
  editing writing additional photo video read see watch breaking exclusive analysis opinion comment
  with-reporting anyone everyone someone somebody nobody everybody anybody nothing something everything
  us our ours yours whoever whatever
`);

export const MONTHS = words(`
  january february march april may june july august september october november december
  jan feb mar apr jun jul aug sep sept oct nov dec
`);

export const WEEKDAYS = words(`monday tuesday wednesday thursday friday saturday sunday`);

/** Lower-case words that may sit inside a personal name. */
export const NAME_PARTICLES = words(`de da di del della der den van von la le du dos das bin ibn al el abu ter ten y bint ben`);

/** Titles written before a personal name; stripped from the name, kept as a person cue. */
export const HONORIFICS = words(`
  mr mrs ms miss mx dr prof sir dame lord lady president vice prime minister chancellor senator sen rep
  representative congressman congresswoman governor gov mayor general gen colonel col judge justice king queen
  prince princess pope sheikh imam rabbi father rev reverend ambassador secretary chairman chairwoman ceo
  commissioner detective officer sergeant sgt captain capt lieutenant lt admiral adm marshal premier major maj
  foreign defense defence interior finance deputy state attorney chief emir sultan ayatollah cardinal bishop agent
  patriarch archbishop speaker mp mep
`);

/** Role nouns that make the name beside them a person ("lawyer Jane Doe", "Jane Doe, a lawyer"). */
export const PERSON_ROLES = words(`
  leader president minister spokesman spokeswoman spokesperson lawyer attorney official chief head director
  chairman chairwoman chair ceo founder cofounder co-founder executive secretary ambassador governor mayor
  senator lawmaker legislator deputy general commander prosecutor judge analyst professor researcher activist
  journalist editor reporter correspondent diplomat envoy premier chancellor king queen prince princess adviser
  advisor aide manager owner businessman businesswoman tycoon oligarch billionaire candidate member mp
  councillor councilor economist expert scientist doctor officer soldier commissioner representative mep
  campaigner dissident blogger singer actor actress writer author historian philosopher banker investor
  entrepreneur magnate president-elect strongman ruler dictator monarch emir sheikh cleric priest bishop coach player
  champion sprinter runner swimmer cyclist boxer skater striker goalkeeper jockey chairperson medallist medalist
  athlete footballer politician opposition father mother son daughter brother sister wife husband widow
  partner colleague friend ally rival critic spokesman student teacher lecturer pastor chemist engineer counterpart delegate
  physician nurse surgeon architect designer artist musician poet novelist filmmaker director-general
  secretary-general head-of-state negotiator mediator inspector auditor counsel solicitor barrister
  whistleblower whistle-blower defendant suspect victim witness survivor
`);

/** Last words of organization names, with the kind of organization they suggest. */
export const ORG_HEADS: ReadonlyMap<string, OrgKind> = new Map<string, OrgKind>([
  ...pairs('GOVERNMENT', 'government administration cabinet presidency'),
  ...pairs(
    'GOVERNMENT_AGENCY',
    `department ministry agency service office bureau authority commission inspectorate directorate treasury
     regulator watchdog secretariat prosecutor's prosecutors customs unit mission delegation`,
  ),
  ...pairs('LEGISLATURE', 'parliament assembly senate congress duma house council legislature diet bundestag knesset'),
  ...pairs('COURT', 'court tribunal'),
  ...pairs('POLICE_OR_MILITARY', 'police army navy forces force guard guards military command gendarmerie militia brigade corps'),
  ...pairs('POLITICAL_PARTY', 'party'),
  ...pairs(
    'COMPANY',
    `company corporation corp inc ltd llc plc ag gmbh sa nv spa co holdings holding partners group bank
     airlines airline motors industries technologies systems energy oil gas petroleum pharmaceuticals capital
     investments enterprises trading shipping logistics mining resources solutions consulting ventures
     telecom telecoms pharma foods brands steelworks works refinery airways metals steel chemicals media maritime
     rail railway railways lines freight electric utilities insurance automotive aerospace laboratories
     labs retail stores textiles cement construction engineering builders contractors tech software electronics
     semiconductor semiconductors robotics biotech photonics dynamics aviation
     petrochemicals shipyard shipyards tankers carriers securities markets farms studios hotels resorts
     properties realty estates supplies commodities fisheries minerals mines plastics packaging transport
     couriers marine offshore drilling research analytics advisory associates machinery equipment instruments
     components devices avionics microelectronics optics materials technology advisers advisors consultants management
     exchange services motori werke fze fzco fzc llp jsc pjsc ojsc`,
  ),
  ...pairs(
    'MEDIA',
    `times post news journal gazette gazeta herald tribune telegraph guardian daily weekly magazine radio
     television tv channel broadcasting broadcaster network review observer chronicle courier mail express
     standard independent wire`,
  ),
  ...pairs('NEWS_AGENCY', 'press'),
  ...pairs(
    'NGO',
    `watch foundation fund institute association society union federation confederation league alliance coalition committee
     centre center network initiative trust movement campaign international chamber organization organisation monitor`,
  ),
  ...pairs('OTHER', 'university college school hospital clinic club church laboratory lab academy platform'),
  ...pairs('INTERNATIONAL_ORGANIZATION', 'nations'),
]);

export type OrgKind =
  | 'GOVERNMENT'
  | 'GOVERNMENT_AGENCY'
  | 'LEGISLATURE'
  | 'COURT'
  | 'POLICE_OR_MILITARY'
  | 'POLITICAL_PARTY'
  | 'COMPANY'
  | 'MEDIA'
  | 'NEWS_AGENCY'
  | 'NGO'
  | 'INTERNATIONAL_ORGANIZATION'
  | 'OTHER';

function pairs(kind: OrgKind, list: string): [string, OrgKind][] {
  return [...words(list)].map((w) => [w, kind]);
}

/** First words of organization names ("Ministry of …", "Council of Europe"). */
export const ORG_LEADS = words(`
  ministry department council office bureau committee commission court house bank university institute chamber
  federation confederation union league association agency board organization organisation federal national state
  central supreme european international united people's peoples democratic republican liberal conservative
  royal imperial
`);

/** Lower-case nouns that describe an organization ("Russia's telecommunications watchdog"). */
export const ORG_DESCRIPTORS: ReadonlyMap<string, OrgKind> = new Map<string, OrgKind>([
  ...pairs('GOVERNMENT_AGENCY', 'watchdog regulator ministry agency department office service treasury inspectorate embassy consulate'),
  ...pairs('GOVERNMENT', 'government administration cabinet kremlin'),
  ...pairs('LEGISLATURE', 'parliament legislature senate congress'),
  ...pairs('COURT', 'court tribunal'),
  ...pairs('POLICE_OR_MILITARY', 'police military army navy'),
  ...pairs('POLITICAL_PARTY', 'party'),
  ...pairs(
    'COMPANY',
    `company firm group giant conglomerate operator carrier airline insurer retailer manufacturer startup
     subsidiary lender bank producer maker platform networks network exchange automaker miner house app clinic
     laboratory lab consortium exporter importer supplier developer publisher distributor chain steelmaker
     shipper refiner unit arm division affiliate branch parent contractor builder vendor consultancy`,
  ),
  ...pairs('MEDIA', 'newspaper broadcaster outlet tabloid daily magazine website site channel station'),
  ...pairs('NEWS_AGENCY', 'agency'),
  ...pairs('NGO', 'charity organization organisation ngo monitor foundation federation confederation association union club alliance league institute'),
  ...pairs('INTERNATIONAL_ORGANIZATION', 'bloc'),
  ...pairs('GOVERNMENT_AGENCY', 'commission committee body authority council board bureau directorate'),
  ...pairs('COURT', 'judges'),
]);

/** Adjectives that set a described body apart from others of its kind: "the presidential office". */
export const INSTITUTION_QUALIFIERS = words(`
  presidential royal electoral constitutional judicial parliamentary ministerial diplomatic consular municipal
  provincial prosecutorial
`);

/** Adjectives that mark an organization descriptor as media, company and so on. */
export const DESCRIPTOR_QUALIFIERS: ReadonlyMap<string, OrgKind> = new Map<string, OrgKind>([
  ['news', 'NEWS_AGENCY'],
  ['media', 'COMPANY'],
  ['rights', 'NGO'],
  ['state-run', 'MEDIA'],
]);

/** News organizations of international copy, which a name's shape alone would take for persons ("Al Jazeera"). */
export const NEWS_OUTLETS: ReadonlyMap<string, OrgKind> = new Map<string, OrgKind>([
  ...pairs('NEWS_AGENCY', 'reuters afp ap tass interfax xinhua kyodo yonhap dpa ansa efe anadolu irna kcna belta ukrinform akipress'),
  ['ria novosti', 'NEWS_AGENCY'],
  ['associated press', 'NEWS_AGENCY'],
  ['agence france-presse', 'NEWS_AGENCY'],
  ['al jazeera', 'MEDIA'],
  ['al arabiya', 'MEDIA'],
  ['deutsche welle', 'MEDIA'],
  ['radio free europe', 'MEDIA'],
  ['voice of america', 'MEDIA'],
  ['bloomberg', 'MEDIA'],
  ['politico', 'MEDIA'],
  ['meduza', 'MEDIA'],
  ['mediazona', 'MEDIA'],
  ['kommersant', 'MEDIA'],
  ['vedomosti', 'MEDIA'],
  ['nikkei', 'MEDIA'],
]);

/** Bodies British copy writes as words ("Wada", "Nato"): organizations, whatever the case. */
export const WORD_ACRONYMS: ReadonlyMap<string, OrgKind> = new Map<string, OrgKind>([
  ...pairs('INTERNATIONAL_ORGANIZATION', 'nato opec unicef unesco unhcr interpol asean ecowas'),
  ...pairs('NGO', 'wada fifa uefa fide'),
  ...pairs('GOVERNMENT_AGENCY', 'ofac ofsi seco ofcom ofgem'),
  ...pairs('OTHER', 'hamas hezbollah isis'),
]);

/** Seats of government that stand for the government ("the Kremlin said"). */
export const GOVERNMENT_SEATS = new Map<string, string>([
  ['kremlin', 'Kremlin'],
  ['white house', 'White House'],
  ['downing street', 'Downing Street'],
  ['elysee', 'Elysee'],
  ['élysée', 'Élysée'],
  ['elysee palace', 'Elysee Palace'],
  ['pentagon', 'Pentagon'],
  ['zhongnanhai', 'Zhongnanhai'],
  ['blue house', 'Blue House'],
  ['quai d’orsay', "Quai d'Orsay"],
  ['whitehall', 'Whitehall'],
  ['chigi palace', 'Chigi Palace'],
]);

/** The country each seat of government stands for. */
export const SEAT_COUNTRIES = new Map<string, string>([
  ['kremlin', 'Russia'],
  ['white house', 'United States'],
  ['downing street', 'United Kingdom'],
  ['elysee', 'France'],
  ['élysée', 'France'],
  ['elysee palace', 'France'],
  ['pentagon', 'United States'],
  ['zhongnanhai', 'China'],
  ['blue house', 'South Korea'],
  ['quai d’orsay', 'France'],
  ['whitehall', 'United Kingdom'],
  ['chigi palace', 'Italy'],
]);

/** Capitals that news copy uses for their governments ("Tehran has been supplying", "Washington's policy"). */
export const CAPITALS: ReadonlyMap<string, string> = new Map([
  ['washington', 'United States'], ['moscow', 'Russia'], ['beijing', 'China'], ['london', 'United Kingdom'],
  ['paris', 'France'], ['berlin', 'Germany'], ['kyiv', 'Ukraine'], ['kiev', 'Ukraine'], ['minsk', 'Belarus'],
  ['tehran', 'Iran'], ['ankara', 'Turkey'], ['damascus', 'Syria'], ['baghdad', 'Iraq'], ['kabul', 'Afghanistan'],
  ['cairo', 'Egypt'], ['tokyo', 'Japan'], ['seoul', 'South Korea'], ['pyongyang', 'North Korea'], ['new delhi', 'India'],
  ['rome', 'Italy'], ['madrid', 'Spain'], ['warsaw', 'Poland'], ['budapest', 'Hungary'], ['caracas', 'Venezuela'],
  ['havana', 'Cuba'], ['riyadh', 'Saudi Arabia'], ['doha', 'Qatar'], ['abu dhabi', 'United Arab Emirates'],
  ['tbilisi', 'Georgia'], ['yerevan', 'Armenia'], ['baku', 'Azerbaijan'], ['ottawa', 'Canada'], ['canberra', 'Australia'],
  ['taipei', 'Taiwan'], ['islamabad', 'Pakistan'], ['astana', 'Kazakhstan'], ['bishkek', 'Kyrgyzstan'],
  ['tashkent', 'Uzbekistan'], ['dushanbe', 'Tajikistan'], ['bern', 'Switzerland'], ['ashgabat', 'Turkmenistan'], ['chisinau', 'Moldova'],
  ['vilnius', 'Lithuania'], ['riga', 'Latvia'], ['tallinn', 'Estonia'], ['khartoum', 'Sudan'], ['managua', 'Nicaragua'],
  ['hanoi', 'Vietnam'], ['bangkok', 'Thailand'], ['jakarta', 'Indonesia'], ['manila', 'Philippines'],
  ['naypyidaw', 'Myanmar'], ['belgrade', 'Serbia'], ['bucharest', 'Romania'], ['sofia', 'Bulgaria'], ['athens', 'Greece'],
  ['vienna', 'Austria'], ['prague', 'Czech Republic'], ['bratislava', 'Slovakia'], ['stockholm', 'Sweden'],
  ['oslo', 'Norway'], ['helsinki', 'Finland'], ['copenhagen', 'Denmark'], ['dublin', 'Ireland'], ['lisbon', 'Portugal'],
  ['brasilia', 'Brazil'], ['mexico city', 'Mexico'], ['bogota', 'Colombia'], ['quito', 'Ecuador'], ['lima', 'Peru'],
  ['montevideo', 'Uruguay'], ['la paz', 'Bolivia'], ['asuncion', 'Paraguay'], ['port-au-prince', 'Haiti'], ['buenos aires', 'Argentina'],
  ['pretoria', 'South Africa'], ['abuja', 'Nigeria'], ['nairobi', 'Kenya'], ['addis ababa', 'Ethiopia'], ['beirut', 'Lebanon'],
  ['amman', 'Jordan'], ['tripoli', 'Libya'], ['tunis', 'Tunisia'], ['algiers', 'Algeria'], ['rabat', 'Morocco'],
  ['dhaka', 'Bangladesh'], ['kathmandu', 'Nepal'], ['colombo', 'Sri Lanka'], ['ulaanbaatar', 'Mongolia'],
]);

/** Countries; with the regions and cities below, never persons. */
export const COUNTRIES = words(`
  afghanistan albania algeria andorra angola argentina armenia australia austria azerbaijan bahamas bahrain
  bangladesh barbados belarus belgium belize benin bhutan bolivia bosnia herzegovina botswana brazil brunei
  bulgaria burkina faso burundi cambodia cameroon canada chad chile china colombia comoros congo croatia cuba
  cyprus czechia denmark djibouti dominica ecuador egypt eritrea estonia eswatini ethiopia fiji finland france
  gabon gambia georgia germany ghana greece grenada guatemala guinea guyana haiti honduras hungary iceland india
  indonesia iran iraq ireland israel italy jamaica japan jordan kazakhstan kenya kiribati kosovo kuwait
  kyrgyzstan laos latvia lebanon lesotho liberia libya liechtenstein lithuania luxembourg madagascar malawi
  malaysia maldives mali malta mauritania mauritius mexico micronesia moldova monaco mongolia montenegro morocco
  mozambique myanmar burma namibia nauru nepal netherlands holland nicaragua niger nigeria macedonia norway oman
  pakistan palau palestine panama paraguay peru philippines poland portugal qatar romania russia rwanda samoa
  senegal serbia seychelles singapore slovakia slovenia somalia spain sudan suriname sweden switzerland syria
  taiwan tajikistan tanzania thailand togo tonga tunisia turkey turkiye turkmenistan tuvalu uganda ukraine
  uruguay uzbekistan vanuatu vatican venezuela vietnam yemen zambia zimbabwe
  england britain scotland wales
`);

/** Countries, regions and cities frequent in international news; never persons. */
export const PLACES: ReadonlySet<string> = new Set([
  ...COUNTRIES,
  ...words(`
  europe asia africa america americas antarctica oceania eurasia scandinavia balkans caucasus crimea donbas
  siberia tibet xinjiang kashmir gaza jerusalem kurdistan catalonia sahel arctic baltic mediterranean gulf
  washington moscow beijing london paris berlin brussels kyiv kiev minsk tehran ankara istanbul damascus baghdad
  kabul cairo tokyo seoul delhi mumbai rome madrid lisbon vienna warsaw prague budapest bucharest sofia athens
  geneva zurich amsterdam stockholm oslo helsinki copenhagen dublin ottawa toronto sydney canberra tbilisi
  yerevan baku astana almaty tashkent riyadh doha dubai beirut jakarta manila bangkok hanoi caracas havana
  bogota lima santiago brasilia mexico st petersburg hong kong kong taipei pyongyang islamabad dhaka
  nairobi lagos abuja johannesburg pretoria addis ababa khartoum tripoli tunis algiers rabat luanda kinshasa
  strasbourg luxembourg hague bishkek dushanbe ashgabat chisinau vilnius riga tallinn managua naypyidaw belgrade
  bratislava amman kathmandu colombo ulaanbaatar sharjah shenzhen shanghai guangzhou isfahan
  alabama alaska arizona arkansas california colorado connecticut delaware florida hawaii idaho illinois indiana
  iowa kansas kentucky louisiana maine maryland massachusetts michigan minnesota mississippi missouri montana
  nebraska nevada ohio oklahoma oregon pennsylvania tennessee texas utah vermont virginia wisconsin wyoming
  ontario quebec alberta bavaria scotland darfur kordofan tigray amhara donetsk luhansk kherson zaporizhzhia kharkiv
  odesa odessa idlib aleppo sinai balochistan karabakh nagorno-karabakh abkhazia ossetia transnistria chechnya dagestan
  belgorod kursk sevastopol mariupol bakhmut
`),
]);

/** Countries of more than one word. */
export const COUNTRY_PHRASES = new Set([
  'kyrgyz republic', 'slovak republic', 'dominican republic', 'central african republic', 'republic of korea',
  'united states', 'united states of america', 'united kingdom', 'united arab emirates', 'south korea', 'north korea',
  'saudi arabia', 'new zealand', 'south africa', 'czech republic', 'sri lanka', 'costa rica', 'el salvador',
  'ivory coast', 'east timor', 'south sudan', 'north macedonia',
]);

/** Places of more than one word. */
export const PLACE_PHRASES = new Set([
  'united states', 'united states of america', 'united kingdom', 'united arab emirates', 'south korea', 'north korea',
  'saudi arabia', 'new zealand', 'south africa', 'czech republic', 'hong kong', 'new york', 'los angeles',
  'san francisco', 'sri lanka', 'costa rica', 'el salvador', 'puerto rico', 'ivory coast', 'east timor',
  'south sudan', 'north macedonia', 'kyrgyz republic', 'slovak republic', 'dominican republic', 'central african republic',
  'republic of korea', 'middle east', 'latin america', 'north america', 'south america',
  'central asia', 'west bank', 'gaza strip', 'soviet union', 'european continent', 'st petersburg', 'st. petersburg',
  'new jersey', 'new mexico', 'new hampshire', 'north carolina', 'south carolina', 'north dakota', 'south dakota',
  'west virginia', 'rhode island', 'british columbia', 'abu dhabi', 'new delhi', 'mexico city', 'buenos aires',
]);

/** Nationality and place adjectives: a person cue only together with a role noun. */
export const NATIONALITIES = words(`
  american russian chinese british english french german italian spanish ukrainian belarusian polish turkish
  iranian iraqi syrian israeli palestinian egyptian saudi indian pakistani afghan japanese korean vietnamese
  australian canadian mexican brazilian argentine venezuelan cuban colombian chechen georgian armenian
  azerbaijani kazakh uzbek european african asian arab western eastern soviet post-soviet dutch belgian swiss
  austrian swedish norwegian danish finnish irish scottish welsh greek serbian croatian hungarian czech slovak
  romanian bulgarian lithuanian latvian estonian moldovan nigerian kenyan ethiopian south north u.s. us uk
  u.k. federal cypriot maltese kyrgyz tajik turkmen mongolian nepali bangladeshi emirati qatari kuwaiti omani
  bahraini yemeni jordanian lebanese libyan tunisian algerian moroccan sudanese somali eritrean ghanaian senegalese
  malian chadian cameroonian congolese angolan zambian zimbabwean mozambican tanzanian ugandan rwandan namibian
  filipino indonesian malaysian thai cambodian laotian burmese singaporean taiwanese nicaraguan salvadoran
  guatemalan honduran panamanian ecuadorian peruvian bolivian chilean paraguayan uruguayan haitian jamaican
  icelandic slovenian bosnian albanian macedonian montenegrin kosovar neighboring neighbouring
`);

/** Country acronyms that are places rather than organizations. */
export const PLACE_ACRONYMS = words(`us u.s. usa u.s.a. uk u.k. uae u.a.e. drc prc dprk hk eu-27`);


// Reporting verbs by lemma. The forms list every spelling the extractor accepts.
const REPORTING: [lemma: string, forms: string][] = [
  ['say', 'say says said saying'],
  ['tell', 'tell tells told telling'],
  ['add', 'add adds added adding'],
  ['state', 'state states stated stating'],
  ['claim', 'claim claims claimed claiming'],
  ['accuse', 'accuse accuses accused accusing'],
  ['deny', 'deny denies denied denying'],
  ['insist', 'insist insists insisted insisting'],
  ['argue', 'argue argues argued arguing'],
  ['warn', 'warn warns warned warning'],
  ['announce', 'announce announces announced announcing'],
  ['confirm', 'confirm confirms confirmed confirming'],
  ['explain', 'explain explains explained explaining'],
  ['note', 'note notes noted noting'],
  ['write', 'write writes wrote written writing'],
  ['tweet', 'tweet tweets tweeted tweeting'],
  ['post', 'posted'],
  ['call', 'call calls called calling'],
  ['describe', 'describe describes described describing'],
  ['conclude', 'conclude concludes concluded concluding'],
  ['report', 'report reports reported reporting'],
  ['allege', 'allege alleges alleged alleging'],
  ['assert', 'assert asserts asserted asserting'],
  ['declare', 'declare declares declared declaring'],
  ['suggest', 'suggest suggests suggested suggesting'],
  ['acknowledge', 'acknowledge acknowledges acknowledged acknowledging'],
  ['admit', 'admit admits admitted admitting'],
  ['reply', 'reply replies replied replying'],
  ['ask', 'ask asks asked asking'],
  ['urge', 'urge urges urged urging'],
  ['demand', 'demand demands demanded demanding'],
  ['criticize', 'criticize criticizes criticized criticizing criticise criticises criticised criticising'],
  ['condemn', 'condemn condemns condemned condemning'],
  ['promise', 'promise promises promised promising'],
  ['vow', 'vow vows vowed vowing'],
  ['pledge', 'pledge pledges pledged pledging'],
  ['threaten', 'threaten threatens threatened threatening'],
  ['predict', 'predict predicts predicted predicting'],
  ['believe', 'believe believes believed'],
  ['maintain', 'maintain maintains maintained'],
  ['contend', 'contend contends contended'],
  ['stress', 'stress stresses stressed stressing'],
  ['emphasize', 'emphasize emphasizes emphasized emphasise emphasises emphasised'],
  ['find', 'find finds found finding'],
  ['dismiss', 'dismiss dismisses dismissed dismissing'],
  ['reject', 'reject rejects rejected rejecting'],
  ['blame', 'blame blames blamed blaming'],
  ['complain', 'complain complains complained complaining'],
  ['comment', 'comment comments commented'],
  ['remark', 'remarked'],
  ['observe', 'observed'],
  ['testify', 'testify testifies testified'],
  ['reveal', 'reveal reveals revealed'],
  ['disclose', 'disclose discloses disclosed'],
  ['indicate', 'indicated'],
  ['denounce', 'denounce denounces denounced'],
  ['decry', 'decry decries decried'],
  ['brand', 'brand brands branded'],
  ['label', 'labeled labelled'],
  ['recall', 'recalled'],
  ['repeat', 'repeated'],
  ['reiterate', 'reiterated reiterates'],
  ['welcome', 'welcomed welcomes'],
  ['hail', 'hailed hails'],
  ['praise', 'praised praises'],
  ['agree', 'agreed'],
  ['charge', 'charged'],
  ['estimate', 'estimated'],
  ['hint', 'hinted'],
  ['signal', 'signaled signalled'],
  ['boast', 'boasted'],
  ['quip', 'quipped'],
  ['joke', 'joked'],
  ['caution', 'cautioned'],
  ['counter', 'countered'],
  ['retort', 'retorted'],
  ['concede', 'conceded'],
  ['mention', 'mentioned'],
  ['point out', 'pointed'],
  ['rule', 'ruled ruling'],
  ['accuse', 'accuse'],
];

export const REPORTING_VERBS: ReadonlyMap<string, string> = new Map(
  REPORTING.flatMap(([lemma, forms]) => [...words(forms)].map((f): [string, string] => [f, lemma])),
);

/** Reporting verbs that take their content as an object or a nominal, not a clause. */
export const NOMINAL_REPORTING = new Set(['deny', 'reject', 'dismiss', 'denounce', 'condemn', 'criticize', 'decry', 'accuse', 'blame', 'call', 'describe', 'brand', 'label', 'charge']);

/**
 * Reporting verbs that make a statement only with a quotation or a "that"-clause ("added
 * that …"), not with an object or an infinitive ("asked about the ruling", "agreed to impose").
 */
export const WEAK_REPORTING = new Set(['maintain', 'add', 'report', 'post', 'find', 'agree', 'recall', 'mention', 'estimate', 'rule', 'signal', 'indicate', 'answer', 'reply', 'respond', 'comment', 'ask', 'promise', 'threaten', 'announce', 'admit']);

/** Nouns of speech acts: "in a statement", "told a news conference". */
export const SPEECH_NOUNS = words(`statement interview conference briefing post tweet message letter speech video press release remarks comments report`);

export const PRONOUNS_PERSON = words(`he she him her his hers himself herself`);
export const PRONOUNS_ORG = words(`it its itself`);

/** Group nouns that make an unnamed source ("Human rights groups say", "officials said"). */
export const GROUP_NOUNS = words(`
  groups officials critics analysts experts activists observers diplomats sources residents witnesses
  investigators prosecutors lawmakers legislators campaigners researchers scientists economists doctors
  journalists reporters agencies authorities organizations organisations people protesters supporters
  opponents relatives families members leaders governments ministers allies rivals officers police
  monitors inspectors advocates scholars historians commentators insiders employees workers staff
  neighbours neighbors locals villagers survivors victims lawyers attorneys judges investors shareholders
  consumers voters customers traders farmers bankers executives managers fishermen drivers pilots students
  teachers parents patients tenants citizens refugees migrants soldiers troops representatives delegates
  campaigners advocates family
`);

/** Measures named in sanctions text, by the schema's kinds. */
export const SANCTION_MEASURES: [RegExp, 'FINANCIAL' | 'ASSET_FREEZE' | 'TRAVEL' | 'VISA_BAN' | 'TRADE' | 'ACCOUNT_BLOCK' | 'OTHER'][] = [
  [/\basset[- ]?freezes?\b|\bfr(?:eeze|oze|ozen|eezing)\b[^.]{0,40}\b(?:assets?|funds|accounts)\b|\bassets?\b[^.]{0,20}\bfrozen\b/i, 'ASSET_FREEZE'],
  [/\bvisa[- ](?:bans?|restrictions?)\b|\bban(?:ned|s)?\b[^.]{0,30}\bvisas?\b/i, 'VISA_BAN'],
  [/\btravel\b|\bentry bans?\b|\bbanned from (?:entering|travel)/i, 'TRAVEL'],
  [/\bfinancial\b|\beconomic\b|\bbank(?:ing)?\b|\bfinanc/i, 'FINANCIAL'],
  [/\btrade\b|\bexports?\b|\bimports?\b|\bembargo/i, 'TRADE'],
];

/** Words that end the name of a law or other legal basis. */
export const LAW_HEADS = words(`act law regulation regulations order decree directive resolution statute code treaty convention bill charter`);
