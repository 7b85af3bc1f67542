/**
 * Special categories said without their usual words (R35, session 40: the blind sets' misses variants-sameting SM47 «om de
 * har samisk bakgrunn og hvilken siida familien hører til», SM50 «the Laestadian prayer house they belong to», variants-lading
 * EV42 «takes a face scan … keep the template on our servers and compare each log-in against it», EV43 «hvem som er
 * organisert og i hvilket forbund»). Each is one wording of a family; the families are read here as constructions, in
 * bokmål, nynorsk and English, and spliced into check/prose-category.ts's GROUPS (read there on the lower-cased clause,
 * with its denials, topics and counts). Sources only: prose-category.ts builds them lazily.
 */

/**
 * Art. 9(1) «racial or ethnic origin», by the minority named (Sami, Kven, Forest Finn, Romani/tater, Roma, Jewish): the
 * person's background, descent, origin or identity as one of them («samisk bakgrunn», «kvensk opphav», «skogfinsk
 * avstamning», «Sami descent», «Kven heritage»), whether the person is one («om søkeren er same», «whether they are Sami»),
 * and the siida a family belongs to (reindeer husbandry is reserved to Sami people: reindriftsloven § 9; a siida is its
 * unit, § 51). Not the language or the culture as a subject («samisk språk», «kurs i samisk kultur»): only background words.
 */
const MINORITY_ADJ = String.raw`(?:samisk|sørsamisk|nordsamisk|lulesamisk|kvensk|norskfinsk|skogfinsk|romani|romanifolk|romsk|tatersk|jødisk)`;
const BACKGROUND_NB = String.raw`(?:bakgrunn(?:en)?|opphav(?:et)?|herkomst(?:en)?|avstamning(?:en)?|avstamming(?:a|en)?|ætt(?:a|en)?|slekt(?:a|en)?|identitet(?:en)?|tilhørighet(?:en)?|tilhøyrsle)`;
const MINORITY_EN = String.raw`(?:sami|saami|sámi|kven|forest\s+finn(?:ish)?|romani|romany|roma|tater|jewish|indigenous)`;
const BACKGROUND_EN = String.raw`(?:background|origins?|descent|heritage|ancestry|identity|roots)`;
const MINORITY_NOUN = String.raw`(?:samer|samisk|kven|kvener|kvenar|kvensk|skogfinn(?:er|ar)?|romani|romanifolk|tater|tatere|taterar|sami|saami|sámi|kvens?|roma|romanies?|jewish)`;
const WHETHER_WHO = String.raw`(?:om|whether|if)\s+(?:(?:de|dei|han|hun|ho|du|dere|dykk|they|he|she|you|søkeren|søkjaren|søkerne|søkjarane|eleven|elevane|elevene|barnet|familien|den\s+\p{L}+|the\s+\p{L}+|each\s+\p{L}+|\p{L}+(?:en|et|a|ne|ane|ene))\s+)(?:er|var|is|are|was|were)\s+(?:(?:av|of)\s+)?`;
export const ETHNIC_MINORITY_WORDS = String.raw`(?:${MINORITY_ADJ}\s+${BACKGROUND_NB}|${MINORITY_EN}\s+${BACKGROUND_EN}|${WHETHER_WHO}${MINORITY_NOUN}(?:\s+${BACKGROUND_EN})?(?![\p{L}])(?!\s+(?:språk\p{L}*|language\p{L}*|speakers?|talande|talende))|(?:hvilken|hvilket|kva|which|what)\s+siida|siida(?:en|a|ane|ene)?\s+(?:som\s+)?(?:[\p{L}-]+\s+){0,2}?(?:hører|høyrer|tilhører|tilhøyrer|belongs?|belonged)(?![\p{L}]))`;
export const ETHNIC_MINORITY_STEMS =
  /samisk|sørsamisk|nordsamisk|lulesamisk|kvensk|finsk|romani|romsk|tater|jødisk|sami|saami|sámi|kven|finn|roma|jewish|indigenous|samer|siida/;

/**
 * Art. 9(1) «religious or philosophical beliefs», revealed by the congregation a person belongs to, attends or is a member
 * of (C-184/20's principle of data revealing a category indirectly): «the Laestadian prayer house they belong to», «hvilket
 * bedehus familien hører til», «kva kyrkjelyd dei høyrer til», «which mosque the pupil attends», «den menigheten søkeren er
 * medlem i». Only a person as the one who belongs: «the parish the school belongs to» names a building's district.
 */
const CONGREGATION = String.raw`(?:bedehus(?:et)?|bønnehus(?:et)?|menighet(?:en)?|menigheit(?:a)?|kyrkjelyd(?:en)?|forsamling(?:en|a)?|moské(?:en)?|moske(?:en)?|moskeen|synagoge(?:n)?|tempel|tempelet|templet|kirkesamfunn(?:et)?|trossamfunn(?:et)?|trussamfunn(?:et)?|trudomssamfunn(?:et)?|livssynssamfunn(?:et)?|prayer\s+houses?|houses?\s+of\s+prayer|congregations?|parish(?:es)?|mosques?|synagogues?|temples?|churche?s?|chapels?|meeting\s+houses?|faith\s+communit(?:y|ies)|religious\s+communit(?:y|ies)|denominations?)`;
const BELONGER = String.raw`(?:they|he|she|you|we|de|dei|han|hun|ho|du|dere|dykk|familien|familiane|familiene|families|family|(?:the|each|every|a|den|kvar|hver|dei|de)\s+(?:[\p{L}-]+\s+)?(?:members?|applicants?|pupils?|students?|famil(?:y|ies)|persons?|employees?|users?|child(?:ren)?|patients?|customers?|residents?|candidates?|participants?|ansatte|tilsette|søker|søkjar|elev|medlem|bruker|brukar|pasient|tilsette|ansatte)|\p{L}+(?:eren|aren|arane|erne|ene|ane|en|et|a)|(?:members?|applicants?|pupils?|students?|users?|employees?|patients?|customers?|residents?|participants?))`;
const BELONGS = String.raw`(?:belongs?\s+to|belonged\s+to|attends?|attended|goes\s+to|go\s+to|went\s+to|is\s+(?:a\s+)?members?\s+(?:of|in)|are\s+members?\s+(?:of|in)|worships?\s+(?:at|in)|hører\s+til|høyrer\s+til|tilhører|tilhøyrer|tilhørte|tilhøyrde|hørte\s+til|høyrde\s+til|går\s+(?:i|på|til)|gjekk\s+(?:i|på|til)|gikk\s+(?:i|på|til)|er\s+medlem(?:mer|mar)?\s+(?:av|i)|var\s+medlem(?:mer|mar)?\s+(?:av|i)|sokner\s+til|soknar\s+til|ber\s+i|ber\s+på)`;
export const CONGREGATION_WORDS = String.raw`(?:(?:the|their|his|her|which|what|hvilket|hvilken|hvilke|kva|den|det|dei|de)\s+(?:[\p{L}-]+\s+){0,2}?${CONGREGATION}\s+(?:(?:som|that|which|who)\s+)?(?:[\p{L}-]+\s+){0,1}?${BELONGER}\s+(?:(?:also|often|usually|også|òg|ofte|helst)\s+)?${BELONGS}(?![\p{L}]))`;
export const CONGREGATION_STEMS =
  /bedehus|bønnehus|menighe|kyrkjelyd|forsamling|moské|moske|synagog|tempel|templ|kirkesamfunn|trossamfunn|trussamfunn|trudomssamfunn|livssynssamfunn|prayer|congregation|parish|mosque|temple|church|chapel|meeting house|faith communit|religious communit|denomination/;

/**
 * Art. 9(1) «trade union membership», asked person by person with the Norwegian «organisert» (in working life:
 * fagorganisert): «hvem som er organisert (og i hvilket forbund)», «kven som er organiserte», «hvilke ansatte som er
 * fagorganisert», «which staff are unionised», «who is in a union». Only where nothing else follows «organisert» than the
 * clause's end, «og»/«eller», or a union («organisert i en fagforening», «i LO»): «hvem som er organisert i arbeidslag» is
 * how work is organised.
 */
const WHO_PEOPLE = String.raw`(?:hvem|kven|who|(?:hvilke|hvilken|kva\s+for(?:\s+(?:nokre|ein|ei))?|which)\s+(?:[\p{L}-]+\s+){0,1}?(?:ansatte|tilsette|arbeidstakere|arbeidstakarar|medarbeidere|medarbeidarar|sjåfører|sjåførar|lærere|lærarar|søkere|søkjarar|employees?|staff(?:\s+members?)?|workers?|drivers?|teachers?|applicants?|members?|technicians?|teknikere|teknikarar|\p{L}+(?:erne|arane|ene|ane)))`;
const ORGANISED = String.raw`(?:(?:fag)?organisert(?:e)?|unioni[sz]ed|(?:in|members?\s+of)\s+(?:a|the)\s+(?:trade\s+)?union)`;
const UNION_AFTER = String.raw`(?=\s*(?:[,.;:!?)]|$)|\s+(?:og|eller|and|or|som|i\s+dag|today|now|nå|no)(?![\p{L}])|\s+(?:i|in|med|with)\s+(?:en\s+|ei\s+|ein\s+|a\s+|the\s+)?(?:fagfore(?:i)?ning\p{L}*|fagforbund\p{L}*|forbund(?:et)?|(?:trade\s+)?unions?|lo|ys|unio|akademikerne|akademikarane)(?![\p{L}]))`;
export const UNION_ORGANISED_WORDS = String.raw`(?:${WHO_PEOPLE}\s+(?:som\s+|that\s+)?(?:er|var|is|are|was|were)\s+(?:(?:også|òg|also|now|nå|no)\s+)?${ORGANISED}${UNION_AFTER}|(?:i\s+)?(?:hvilket|hvilken|kva)\s+(?:fag)?forbund\s+(?:de|dei|han|hun|ho|du|den\s+\p{L}+|\p{L}+(?:en|a|ne|ane|ene))\s+(?:er\s+(?:med\s+i|medlem\s+(?:av|i)|organisert\s+i)|tilhører|tilhøyrer|hører\s+til|høyrer\s+til)|which\s+union\s+(?:they|he|she|you|(?:the|each|every)\s+\p{L}+)\s+(?:is|are)\s+(?:in|with))`;
export const UNION_ORGANISED_STEMS = /organis|unioni|union|forbund/;

/**
 * Art. 4(14), 9(1) biometric data for identifying a person, in the words of the technique rather than «biometric»: a face,
 * iris, palm, vein or finger scan («takes a face scan», «ansiktsskanning», «irisskann»), a voice print or speaker
 * verification («voiceprint», «stemmeavtrykk», «røystavtrykk»), hand geometry, and a template compared at each log-in or
 * scan («keep the template … and compare each log-in against it», «malen … sammenlignes med hver innlogging»). Not
 * «voice recognition» (speech to text), nor a template of an e-mail or a document (no log-in or scan compared to it).
 */
const SCANNED = String.raw`(?:face|facial|iris|retina|retinal|palm|palm\s+vein|vein|finger|ansikts|ansikt|andlets|andlet|netthinne|håndflate|handflate|blodåre|fingeravtrykks)`;
const IDENT_OBJECT = String.raw`(?:log-?ins?|logins?|log-?ons?|sign-?ins?|innlogging\p{L}*|pålogging\p{L}*|scans?|skann\p{L}*|face|faces|ansikt\p{L}*|andlet\p{L}*|fingers?|fingeravtrykk\p{L}*|fingerprints?|voices?|stemme\p{L}*|røyst\p{L}*|attempts?|forsøk|visits?|besøk)`;
const COMPARE = String.raw`(?:compar\p{L}*|match\p{L}*|check(?:s|ed|ing)?|verif\p{L}*|sammenlign\p{L}*|samanlikn\p{L}*|sjekk\p{L}*|kontroller\p{L}*)`;
/**
 * A template alone, not a document's («en mal for brevet», «the template for the letter», «malen til søknaden», «e-postmalen»:
 * F2, session 41): a template of a letter or form is no biometric data whatever log-in is checked in the same sentence.
 */
const TEMPLATE = String.raw`(?<!-)(?:templates?|malen|malane|malene|mal)(?!\s+(?:for|til|of|på|av|to)\s)`;
export const BIOMETRIC_TECHNIQUE_WORDS = String.raw`(?:${SCANNED}\s*-?\s*(?:scans?|scanning|scanned|skann\p{L}*|templates?|mal(?:en|ar|er|ane|ene)?|geometry|geometri\p{L}*)|(?:voice\s*-?\s*prints?|voiceprints?|stemmeavtrykk\p{L}*|røystavtrykk\p{L}*|stemmeprofil\p{L}*|røysteprofil\p{L}*|voice\s+(?:authentication|biometrics?|verification)|speaker\s+(?:recognition|verification|identification)|stemmeverifiser\p{L}*|stemmegjenkjenning\p{L}*\s+(?:for|til|ved)\s+(?:å\s+)?(?:identifiser|verifiser|innlogg|pålogg)\p{L}*|irisskann\p{L}*|fingerskann\p{L}*|ansiktsskann\p{L}*|andletsskann\p{L}*)|${TEMPLATE}(?=[^.;:!?]{0,120}?(?<![\p{L}])${COMPARE}\s+(?:[\p{L}-]+\s+){0,3}?${IDENT_OBJECT}(?![\p{L}]))|(?=template|mal)(?<=(?<![\p{L}])${COMPARE}\s+(?:[\p{L}-]+\s+){0,3}?${IDENT_OBJECT}\s+(?:[\p{L}-]+\s+){0,3}?(?:med|mot|against|with|to)\s+(?:[\p{L}-]+\s+){0,2}?)${TEMPLATE})`;
export const BIOMETRIC_TECHNIQUE_STEMS = /scan|skann|template|mal|voice|stemme|røyst|speaker|geometr/;
