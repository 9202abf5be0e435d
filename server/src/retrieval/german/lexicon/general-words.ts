/** Frequent general German nouns that appear as compound parts in administrative texts. */
export const GENERAL_WORDS = `
absatz achtung adel affe agentur aktion aktivität akzeptanz alarm album allee alltag alternative ambulanz amerika
analyse angst anker anspruch anstieg antrieb anwohner apfel appell april arbeiterin argument arm armut atem atmosphäre
aufbau aufruf aufstieg auge augenblick august ausbau ausdruck ausflug ausgang auslöser ausstattung ausstieg auswirkung
autor autorin bäcker bäckerei bahnsteig ball bande basis batterie bau bauch bedeutung bedrohung befund begriff beginn
begleitung begegnung behälter beispiel beitrag bekämpfung bekannte belohnung bemühung benzin beobachtung
bereitschaft bergbau besatzung beschaffung beschreibung besitzer besserung bestattung besucher
beton betrachtung betreiber bett beutel bevölkerung bewegung bewusstsein beziehung bibliothek biene bier bilanz
birne bitte blatt blech blut boden bombe boot börse botschaft branche brett brille brot bruder brust buchstabe
bude bühne bund burg butter café chance chaos charakter chef chefin chemie chor chronik dame dank darstellung
debatte defekt demokratie demonstration design detail deutsch dezember dialog diebstahl diener dienstag dimension
diplom direktor disziplin distanz donnerstag doppel dosis drache dreck druck duft durchgang durchschnitt dusche
ebene echo effekt ehre eifer eigenschaft eile eimer einblick eindruck einfluss einsatz einstieg
eis eisen element empfindung engagement enkelin entdeckung entfernung entlastung entsorgung entstehung
enttäuschung erfahrung erfolg erfindung ergänzung erholung erkenntnis erlebnis ermittler ernst erscheinung
erwartung erzählung essen etage europa examen existenz experiment experte expertin export fabrik faden fahne
faktor familie fantasie farbe fassung februar feder fehler feier feiertag feind fels ferien fest festival fett
feuer figur finger fläche flamme fleiß fliege flotte flucht flügel folge forst forum foto fracht freiheit freitag
freude freundin freundschaft frische frist front frost frucht frühjahr frühstück fuchs funktion furcht fuß
futter gabe gang gans garantie gebet geburtstag gedanke gedicht geduld gefängnis gefühl gegenwart geheimnis
gehör geist gelb gemeinde gemeinschaft gemüse genauigkeit genossenschaft gepäck gerechtigkeit gericht geruch
gesang geschehen geschenk geschichte geschmack geschwindigkeit gesellschaft gesetz gespräch gestalt gestaltung
getränk getreide gewicht gewinn gewissen gewohnheit gipfel glanz glaube gleichgewicht glück gold gott grab grad
gramm grafik gras gremium grippe größe gruß gurt gürtel gymnastik haar hafer hahn haken hälfte
hammer handel handschrift handtuch hase haut hebel heer heft heimat held heldin hemd herd herr herz
hilfe himmel hindernis hintergrund hirn historie hobby hochzeit hoffnung höhe höhle holz honig horizont hose
humor hunger hut idee illusion import industrie information infrastruktur ingenieur initiative innovation
institut institution instrument interesse interview inventar investor jacke januar journalist jubiläum juli
juni justiz kabinett käfer kakao kalender kamm kampagne kampf kandidat kanne kapitel karriere kartoffel käse
katalog kategorie kauf kaufmann kenner kern kerze kessel kilometer kino kissen klang klarheit kleid kleidung
klinge klub knie knochen koch köchin koffer kollege kollegin komfort komitee kommentar kommunikation komponente
kompromiss konferenz konflikt kongress könig königin konkurrenz konsequenz konstruktion konsum kontinent konzept
konzern konzert kooperation koordination kopf korb korrektur kosmetik kraft kragen krankenkasse kreativität
krebs kreide krieg krise kritik krone küche kuchen kugel kuh kunde kundin künstler kupfer kurve kuss lachs
laden landwirt landwirtschaft länge laufbahn laune lautsprecher leder leere lehrgang leib leid leistung lektion
lektüre leser leute lexikon liebe lied lieferant lieferung lippe literatur lob logik lösung löwe lücke luxus
macht mädchen magazin magen mai makler management manager mangel mannschaft mantel märchen marke marketing
mars marsch märz maß masse maßstab mathematik mauer maus medaille medien meinung meister melodie menü merkmal
messer methode metzger miene milch militär million minderung mission mitte mittwoch mode modell moment montag
moral mord motiv mühe mund muster mut nachfolger nachteil nadel nagel nähe naht narbe nase nation nebel neffe
neigung nerv nest neuigkeit nichte niveau notiz november nutzen nutzer oberfläche objekt obst ochse
offizier ohr oktober onkel oper opposition orchester orden ordner organismus original ostern pädagoge panne
papst parade partei party passagier pause pech pelz periode perle perspektive pfanne pfarrer pfeffer pfeife
pfennig pflicht phase philosophie physik pilot pilz pinsel plakat planet plastik politik politiker position
potenzial pracht präsentation priester prinzip priorität privat probe problem produkt produktion profil
profit prognose programm projekt provinz prozent publikum pulver punkt puppe qualität quadrat quartal rahmen
rakete rasse rasur ratgeber rätsel raub rauch reaktion realität rechner rede redaktion reform regal regel
reich reichtum reihe reinigung reis reiz rekord rennen reparatur reportage reserve respekt ressource restaurant
resultat rettung revolution rezept richtung riese risiko ritter rock rohstoff roman rose rost rücken rückkehr
ruf ruhm sack saft sahne salat samstag sänger satz schaf schale schatten schatz schätzung scheibe
schema schere schicht schicksal schlaf schlag schlange schmerz schmuck schnitt schokolade schrei schritt
schuh schuss schwäche schwein schwester seele segel segen sehnsucht seife sektor selbstbewusstsein sendung
september serie service sessel sicherung sieg silber sinn situation skandal skizze socke sofa soldat sorge
sorte spaß spannung spargel speise spende spezialist spitze sponsor spott sprung spur stab stadium standard
stärke start statistik statue stecker stiefel stil stimme stimmung stirn stock stolz strafe strategie strauch
streit struktur stube student studie stufe sturz substanz suche summe suppe symbol sympathie szene tabelle
tablette tafel takt talent tante tanz tat tätigkeit tatsache taube team technologie tee telefon temperatur
tempel tendenz teppich test thema theorie ticket tiefe tinte tipp titel toilette toleranz tomate topf tradition
training trainer transport traum trauer treffen trend trieb trost truppe tuch tugend turnier typ übergang
übung umfang umfrage umgang umstand umweg unglück uniform union unterschied ursache ursprung variante
vase veränderung verantwortung verbesserung verbindung verbrechen verdacht vereinigung verfall verfasser
vergangenheit vergnügen verhalten verkauf verkäufer verlag verlauf vermutung vernunft versand verschmutzung
version verständnis versuch verteidigung verteilung vertrauen verwandtschaft verzögerung video vieh villa
vitamin vogel vokabel vorbereitung vorbild vorgänger vorhang vorrat vorsicht vorstellung vorteil vortrag
vorwand waffe wagen wahrheit wahrscheinlichkeit wange warnung wäsche wechsel wein weise weite weizen wende
werbung werkzeug wert wesen wette widerstand wiederholung wirklichkeit wirt wissen wissenschaft witz wohl
wolke wolle wunde wunder würde wurst wurzel wut zahn zange zeile zeitpunkt zeitraum zentimeter
zettel zeug ziege ziegel zitat zucker zufall zufriedenheit zukunft zunge zusammenarbeit zusammenhang zuschauer
zutat zweifel zwiebel zyklus
ausländer bebauung benutzer berechnung bestätigung betreuung dauer einwohnerin gebäude gefährdung gehalt
gewässer grundbuch inland stichtag tagesordnung
`;
