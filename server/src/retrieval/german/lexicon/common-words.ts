/** Common everyday nouns (professions, home, food, body, nature, materials, abstract notions). */
export const COMMON_WORDS = `
anwältin apotheker architekt bäuerin beamter bibliothekar chemiker dolmetscher
elektriker erzieher förster friseur gärtner hebamme informatiker journalistin
kassierer koch landwirt lehrer maler maurer mechaniker metzger musiker notar optiker
pfarrer pilot polizist programmierer psychologe richterin schaffner schneider schreiner sekretär
soldatin tischler übersetzer verkäuferin zahnärztin
arm auge backe bart bauch blase darm daumen ellbogen ferse finger fuß gelenk gesicht haar hals hand haut
herz hüfte kehle kiefer kinn knie knöchel kopf leber lippe lunge magen mund muskel nacken nase niere ohr
rücken schädel schulter stirn wade zahn zehe zunge
apfel banane birne bohne brot butter ei erbse essig fisch fleisch gemüse getreide gewürz gurke honig
joghurt kaffee käse keks kirsche kohl kuchen limonade mehl milch möhre nudel nuss obst öl paprika pfeffer
pilz pizza quark reis saft salat salz sahne senf suppe tee tomate traube wasser wein wurst zitrone zucker
zwiebel
besteck decke dusche eimer fernseher gabel geschirr herd kissen
kommode lampe löffel matratze messer möbel ofen pfanne regal schrank schublade sessel sofa spiegel
spüle stuhl tablett tasse teller teppich tisch toilette topf treppe tür vorhang
bluse gürtel hemd hose hut jacke kleid mantel mütze pullover rock schal schuh socke stiefel
ameise biene elefant ente esel eule fliege frosch fuchs gans hase hirsch huhn hund igel kaninchen katze
kuh löwe maus mücke pferd ratte reh rind schaf schlange schwein spinne taube tiger vogel wolf wurm ziege
ahorn birke blume buche busch eiche farn fichte gras hecke kiefer kraut laub linde moos palme pflanze
rose strauch tanne tulpe weide wurzel
aluminium beton blech draht eisen glas gold gummi holz kalk keramik kies kupfer lack leder
leim metall papier pappe plastik porzellan sand seide silber stahl stein stoff ton wolle zement ziegel
ahnung angst ärger begeisterung bewunderung dankbarkeit ehrgeiz eifersucht einsamkeit ekel empörung
erleichterung freude frust furcht geduld glück hass hoffnung kummer langeweile liebe lust mitleid mut
neid panik reue scham schreck sehnsucht sorge stolz trauer vertrauen wut zorn zuversicht
anlass anschein ansporn aspekt aufschwung ausmaß bestreben eindruck einwand erwägung fazit
hinsicht kontext kriterium maßstab merkmal motiv prinzip rahmen
tendenz umstand vorgehen vorhaben vorrang zusammenhang zweck
`;
