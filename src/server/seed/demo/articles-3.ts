import type { DemoArticle } from './types.js'

export const demoArticles3: DemoArticle[] = [
  {
    title: 'Hashrate van bitcoinnetwerk bereikt nieuw hoogtepunt ondanks lagere beloning',
    standfirst: 'Nooit eerder werd er zoveel rekenkracht ingezet om bitcoin te minen. Zuinigere machines en goedkope stroom maken het verschil.',
    tags: ['bitcoin'],
    authors: ['daan-hoekstra'],
    hoursAgo: 230,
    image: {
      motif: 'energy',
      alt: 'Illustratie van rijen miningmachines met oranje lichtjes in een hal',
      caption: 'Miners blijven investeren in nieuwe apparatuur.',
      credit: 'Illustratie: Newsdesk'
    },
    body: `De totale rekenkracht van het bitcoinnetwerk, de hashrate, heeft een nieuw hoogtepunt bereikt. Volgens schattingen van onderzoeksbureau Ketenmeter ligt het zevendaags gemiddelde inmiddels boven de 1.100 exahash per seconde. Dat is ruim 40 procent meer dan een jaar geleden.

## Meer concurrentie

Miners concurreren met elkaar om nieuwe blokken aan de blockchain toe te voegen. Wie daarin slaagt, krijgt een beloning in nieuwe bitcoins en de transactiekosten. Hoe meer rekenkracht er in totaal wordt ingezet, hoe lastiger het voor een individuele miner wordt om een blok te vinden.

De stijging is opvallend, omdat de beloning per blok bij de laatste halving werd gehalveerd. Toch blijven miners investeren. Analisten noemen daarvoor een aantal redenen:

- Nieuwe generaties miningmachines zijn veel zuiniger dan hun voorgangers.
- Miners verhuizen naar regio’s met goedkope, vaak duurzame stroom.
- De bitcoinkoers ligt ruim boven het niveau waarop de meeste miners winst maken.
- Grote beursgenoteerde miningbedrijven hebben makkelijker toegang tot kapitaal.

## Goed voor de veiligheid

Een hoge hashrate wordt gezien als een teken dat het netwerk goed beveiligd is. Om het netwerk aan te vallen, zou een aanvaller immers meer dan de helft van alle rekenkracht moeten beheersen.

> Voor de veiligheid van bitcoin is dit goed nieuws. Voor kleine miners is het minder goed nieuws, want zij worden steeds verder uit de markt gedrukt.
> — Lars van Dijk, onderzoeker bij Ketenmeter

Kleinere miners met oudere apparatuur hebben het moeilijk. Hun machines zijn minder efficiënt en leveren steeds minder op. Een deel van hen stopt ermee of verkoopt zijn apparatuur aan grotere partijen.

In Nederland is bitcoinmining door de hoge stroomprijzen nauwelijks rendabel. Er zijn enkele kleinschalige initiatieven, bijvoorbeeld bij tuinders die de warmte van de machines gebruiken voor hun kassen.`
  },
  {
    title: 'Ontwikkelaars debatteren over verdere verhoging van gaslimiet op Ethereum',
    standfirst: 'Een hogere limiet betekent meer ruimte voor transacties, maar ook zwaardere eisen aan de computers van validators. Niet iedereen is overtuigd.',
    tags: ['ethereum'],
    authors: ['fatima-el-amrani'],
    hoursAgo: 243,
    image: {
      motif: 'ethereum',
      alt: 'Illustratie van een meter met een naald die naar het rode gebied wijst naast een ethereumsymbool',
      caption: 'De gaslimiet bepaalt hoeveel rekenwerk er per blok past.',
      credit: 'Illustratie: Newsdesk'
    },
    body: `Onder ontwikkelaars en validators van Ethereum is een discussie opgelaaid over een verdere verhoging van de gaslimiet. Die limiet bepaalt hoeveel rekenwerk er in één blok kan worden verwerkt, en daarmee hoeveel transacties het netwerk aankan.

## Wat is de gaslimiet?

Elke handeling op Ethereum kost een bepaalde hoeveelheid gas, een maat voor rekenwerk. Een blok mag niet meer gas bevatten dan de gaslimiet. Validators kunnen die limiet in kleine stapjes verhogen of verlagen door een signaal af te geven wanneer ze een blok voorstellen.

Een groep ontwikkelaars roept validators op de limiet de komende maanden stapsgewijs te verhogen. Dat zou het hoofdnetwerk meer capaciteit geven en transactiekosten kunnen drukken.

> Ethereum moet niet alleen via layer 2 schalen. Het hoofdnetwerk kan veilig meer aan dan nu, dat laten onze tests zien.
> — Ruben Schaap, ontwikkelaar bij clientteam Vlieland Labs

## Zorgen over zwaardere eisen

Tegenstanders wijzen op de gevolgen voor mensen die thuis een node of validator draaien. Meer transacties per blok betekent meer opslag, meer rekenkracht en een snellere internetverbinding. Als die eisen te hoog worden, haken kleine deelnemers af en komt het netwerk in handen van grote partijen met datacenters.

> Decentralisatie is geen bijzaak. Als alleen professionele partijen nog een node kunnen draaien, verliest Ethereum een van zijn belangrijkste eigenschappen.
> — Lotte Brink, onafhankelijk validator en onderzoeker

## Compromis in de maak

Een aantal clientteams werkt aan optimalisaties die de opslag van oude gegevens moeten verminderen. Daarmee zou een hogere gaslimiet minder zwaar drukken op thuisvalidators. Het lijkt erop dat een verhoging in kleine stappen, gekoppeld aan die optimalisaties, op de meeste steun kan rekenen.

Een formeel besluit is er niet: uiteindelijk bepalen de validators zelf welke limiet ze signaleren. De discussie wordt de komende weken voortgezet in de openbare overleggen van ontwikkelaars.`
  },
  {
    title: 'Vlaamse energiecoöperatie laat buren zonnestroom verhandelen via blockchain',
    standfirst: 'Deelnemers in drie gemeenten kunnen overtollige stroom direct aan elkaar verkopen. De coöperatie wil zo lokaal opgewekte energie beter benutten.',
    tags: ['blockchain', 'tech'],
    authors: ['wouter-claes'],
    hoursAgo: 255,
    image: {
      motif: 'energy',
      alt: 'Illustratie van daken met zonnepanelen verbonden door lichtgevende lijnen',
      caption: 'Buren kunnen onderling stroom uitwisselen.',
      credit: 'Beeld: redactie'
    },
    body: `In drie Oost-Vlaamse gemeenten kunnen huishoudens met zonnepanelen hun overtollige stroom sinds deze maand rechtstreeks aan hun buren verkopen. Energiecoöperatie Zonnedorp gebruikt daarvoor een blockchainplatform dat elke kilowattuur registreert en afrekent.

## Lokale markt voor stroom

Het idee is eenvoudig. Wie op een zonnige middag meer stroom opwekt dan hij verbruikt, biedt die aan op een lokale markt. Buren zonder zonnepanelen kunnen die stroom kopen tegen een prijs die tussen de terugleververgoeding en het gewone tarief ligt. Beide partijen zijn daardoor beter af.

::image chain | Elke uitwisseling van stroom wordt als transactie vastgelegd in een gedeeld register. | Illustratie: Newsdesk

De slimme meters van de deelnemers sturen elk kwartier hun gegevens door. Het platform koppelt vraag en aanbod automatisch en legt de transacties vast. Aan het einde van de maand krijgen deelnemers een overzicht en wordt er verrekend.

> Mensen willen dat hun zonnestroom in de eigen straat wordt gebruikt, niet dat die voor een habbekrats het net op gaat. Dat gevoel van samen doen is minstens zo belangrijk als het geld.
> — Jan Wouters, voorzitter van Zonnedorp

## Waarom blockchain?

Volgens de coöperatie maakt de technologie het mogelijk om duizenden kleine transacties goedkoop en controleerbaar af te handelen, zonder dat één partij alle gegevens beheert. Critici merken op dat een gewone database ook had gekund, maar de coöperatie wijst op het vertrouwen dat een gedeeld register oplevert tussen deelnemers die elkaar niet kennen.

## Proef met toestemming

De proef loopt met toestemming van de Vlaamse energieregulator en de netbeheerder, omdat het onderling verhandelen van stroom nog niet overal in de regels past. Na een jaar volgt een evaluatie. Ruim vierhonderd huishoudens doen mee. Een tweede groep gemeenten heeft al interesse getoond.`
  },
  {
    title: 'AI maakt kantoorwerk productiever, maar winst blijft vooral bij grote bedrijven',
    standfirst: 'Uit onderzoek onder Nederlandse werkgevers blijkt dat AI-hulpmiddelen tijd besparen. Het mkb blijft echter achter, en de productiviteitswinst is nog niet terug te zien in de cijfers.',
    tags: ['ai', 'economie'],
    authors: ['marieke-van-den-berg', 'priya-ramdin'],
    hoursAgo: 268,
    featured: true,
    image: {
      motif: 'city',
      alt: 'Illustratie van een kantoorgebouw met verlichte ramen en zwevende tekstballonnen',
      caption: 'Vooral kantoorbanen krijgen te maken met AI-hulpmiddelen.',
      credit: 'Illustratie: Newsdesk'
    },
    seo: {
      title: 'AI maakt kantoorwerk productiever, maar niet overal',
      description: 'Grote bedrijven besparen tijd met AI-hulpmiddelen, het mkb blijft achter. Waarom de winst nog niet zichtbaar is in de economische cijfers.'
    },
    body: `Werknemers die AI-hulpmiddelen gebruiken, zijn gemiddeld meer dan drie uur per week sneller klaar met hun werk. Dat blijkt uit onderzoek van adviesbureau Kompas Economie onder ruim tweeduizend Nederlandse werkgevers en werknemers. Maar de winst is ongelijk verdeeld.

## Grote verschillen

Bij grote bedrijven gebruikt inmiddels bijna de helft van het kantoorpersoneel dagelijks een AI-assistent. In het midden- en kleinbedrijf is dat minder dan een op de vijf. De onderzoekers zien daarvoor drie oorzaken:

- Grote bedrijven hebben eigen IT-afdelingen die AI veilig kunnen inrichten.
- Kleine bedrijven maken zich meer zorgen over privacy en de kosten van licenties.
- Werknemers in het mkb krijgen minder vaak training in het gebruik van AI.

### Welke taken?

De tijdwinst zit vooral in schrijfwerk, zoals het opstellen van e-mails en rapporten, het samenvatten van documenten en het zoeken naar informatie. Bij taken waarvoor specifieke vakkennis of contact met klanten nodig is, is het effect veel kleiner.

## Nog niet zichtbaar in de cijfers

Opvallend is dat de productiviteitsgroei van de Nederlandse economie als geheel nog nauwelijks is versneld. Economen zien daarin een bekend patroon: bij eerdere technologieën, zoals de computer, duurde het ook jaren voordat de effecten in de statistieken zichtbaar werden.

> Bedrijven moeten hun werkprocessen aanpassen om echt te profiteren. Een chatbot naast een bestaand proces zetten levert wat tijd op, maar geen revolutie.
> — Hanneke Bosman, hoofdeconoom bij Kanaal Capital

### Banen

Over banenverlies zijn de onderzoekers voorzichtig. Vooralsnog geven weinig werkgevers aan dat ze door AI minder mensen nodig hebben. Wel verwacht een kwart dat de inhoud van functies de komende jaren flink verandert, vooral bij administratieve en klantcontactfuncties.

Het volledige onderzoek is te vinden op de [site van Kompas Economie](https://example.org/kompas-economie/ai-en-werk).`
  },
  {
    title: 'Telecombedrijven versnellen aanleg van glasvezel in het buitengebied',
    standfirst: 'Nog altijd hebben tienduizenden adressen op het platteland geen snelle internetverbinding. Een nieuw samenwerkingsverband moet dat binnen twee jaar oplossen.',
    tags: ['tech'],
    authors: ['priya-ramdin'],
    hoursAgo: 280,
    image: {
      motif: 'city',
      alt: 'Illustratie van een landschap met boerderijen en lichtgevende kabels onder de grond',
      caption: 'In het buitengebied is de aanleg van glasvezel duurder per adres.',
      credit: 'Illustratie: Newsdesk'
    },
    body: `Drie telecombedrijven gaan samenwerken om de laatste witte vlekken op de Nederlandse glasvezelkaart weg te werken. Het samenwerkingsverband, dat opereert onder de naam Vezelland, wil binnen twee jaar ruim 60.000 adressen in het buitengebied aansluiten.

## Duur per adres

In steden en dorpen is glasvezel inmiddels grotendeels aangelegd. In het buitengebied ligt dat anders. Boerderijen en woningen liggen daar ver uit elkaar, waardoor de aanleg per adres veel duurder is. Voor commerciële partijen was dat lange tijd niet rendabel.

De samenwerking moet de kosten drukken. De bedrijven delen graafwerk, apparatuur en personeel. Daarnaast dragen provincies bij aan de financiering voor de duurste adressen.

De plannen op een rij:

- Aansluiting van ruim 60.000 adressen binnen twee jaar.
- Eenmalige aansluitkosten van maximaal 250 euro per adres.
- Open toegang: ook andere providers mogen diensten leveren via het netwerk.
- Voorrang voor gebieden met de slechtste huidige verbinding.

## Belangrijk voor ondernemers

Voor agrarische bedrijven en ondernemers op het platteland is een snelle verbinding steeds belangrijker. Denk aan melkrobots, camerasystemen en het digitaal aanleveren van gegevens aan overheden en afnemers. Ook thuiswerken is zonder snelle verbinding lastig.

> Wij hebben hier een verbinding van tien megabit, op goede dagen. Een videogesprek met de accountant lukt vaak al niet. Dit is voor ons echt een grote stap.
> — Gerrit Dijkman, melkveehouder in de Achterhoek

Consumentenorganisaties zijn positief, maar houden een slag om de arm. Eerdere plannen om het buitengebied aan te sluiten liepen vertraging op door tekorten aan personeel en materiaal. Vezelland zegt daar rekening mee te hebben gehouden door vroeg contracten met aannemers te sluiten.`
  },
  {
    title: 'Wat MiCA na twee jaar heeft veranderd voor Nederlandse cryptobeleggers',
    standfirst: 'Meer bescherming, minder aanbieders en strengere regels voor reclame. Een overzicht van wat de Europese cryptoregels in de praktijk betekenen.',
    tags: ['regulering', 'bitcoin'],
    authors: ['joris-verbeek'],
    hoursAgo: 292,
    updatedHoursAfter: 2,
    image: {
      motif: 'law',
      alt: 'Illustratie van een Europese vlag gevormd door kleine munten rond een wetboek',
      caption: 'MiCA geldt in alle lidstaten van de Europese Unie.',
      credit: 'Illustratie: Newsdesk'
    },
    body: `Het is inmiddels bijna twee jaar geleden dat de Europese cryptoverordening MiCA volledig van toepassing werd. Tijd voor een tussenbalans: wat is er voor Nederlandse beleggers eigenlijk veranderd?

## Meer bescherming

De belangrijkste verandering is dat aanbieders van cryptodiensten een vergunning moeten hebben en aan strenge eisen moeten voldoen. Daardoor zijn beleggers beter beschermd dan voorheen.

Concreet betekent dat onder meer:

- Klantgeld en crypto moeten gescheiden worden gehouden van het vermogen van het bedrijf.
- Aanbieders moeten duidelijke informatie geven over kosten en risico’s.
- Reclame moet eerlijk en niet misleidend zijn.
- Er moet een klachtenprocedure zijn.
- Uitgevers van stablecoins moeten voldoende reserves aanhouden.

## Minder keuze

Een keerzijde is dat er minder aanbieders zijn. Een aantal kleine partijen is gestopt omdat de kosten van de vergunning te hoog waren. Andere zijn overgenomen door grotere spelers. Voor beleggers betekent dat iets minder keuze, maar volgens toezichthouders ook minder risico.

> De markt is overzichtelijker geworden. Wie bij een partij met vergunning zit, weet dat daar toezicht op is. Dat was een paar jaar geleden wel anders.
> — Marloes Dekker, afdelingshoofd integriteitstoezicht bij DNB

## Wat MiCA niet regelt

**MiCA is geen garantie tegen verlies.** De regels beschermen niet tegen koersdalingen en gelden niet voor alles. Volledig gedecentraliseerde protocollen, de meeste NFT’s en sommige memecoins vallen buiten de verordening. Ook wie crypto in een eigen wallet bewaart, valt buiten het directe toezicht.

De Europese Commissie evalueert de regels de komende tijd. Daarbij wordt onder meer gekeken naar DeFi en de manier waarop toezicht in de verschillende lidstaten wordt uitgevoerd.

*Dit artikel is aangevuld met een reactie van DNB.*`
  },
  {
    title: 'Huizenprijzen stijgen verder, hypotheekrente stabiliseert rond 3,8 procent',
    standfirst: 'Woningen werden het afgelopen kwartaal opnieuw duurder. Makelaars zien het aanbod licht toenemen, maar van een omslag is geen sprake.',
    tags: ['economie'],
    authors: ['marieke-van-den-berg'],
    hoursAgo: 305,
    image: {
      motif: 'city',
      alt: 'Illustratie van een rij grachtenpanden met een stijgende pijl erboven',
      caption: 'Vooral in de Randstad blijft de druk op de woningmarkt groot.',
      credit: 'Beeld: redactie'
    },
    body: `De gemiddelde verkoopprijs van een woning in Nederland is het afgelopen kwartaal opnieuw gestegen. Volgens cijfers van makelaarsnetwerk Huisgenoot Makelaars lag de prijs 7,2 procent hoger dan een jaar eerder. Een gemiddelde woning kostte daarmee ruim 470.000 euro.

## Rente stabiel

De hypotheekrente is de afgelopen maanden nauwelijks veranderd. Een hypotheek met een rentevaste periode van tien jaar kost gemiddeld zo’n 3,8 procent. Na de sterke rentestijgingen van een paar jaar geleden en de daling die daarop volgde, lijkt de rente een evenwicht te hebben gevonden.

> Kopers weten nu waar ze aan toe zijn. De rente schommelt niet meer wild, en dat geeft rust. Maar het maakt de huizen zelf niet betaalbaarder.
> — Esther van Leeuwen, hypotheekadviseur bij Huisgenoot Makelaars

## Iets meer aanbod

Het aantal woningen dat te koop staat, is licht gestegen. Dat komt onder meer doordat beleggers huurwoningen verkopen. Die woningen komen vaak terecht bij starters, die daardoor iets meer kans maken. Toch blijft het aanbod in veel regio’s krap, vooral in de Randstad en rond grote studentensteden.

## Verschillen per regio

De prijsstijging is niet overal even groot. In het noorden en oosten van het land stegen de prijzen harder dan gemiddeld, omdat woningen daar relatief betaalbaar zijn en kopers uit de Randstad uitwijken. In Amsterdam was de stijging het kleinst.

Voor de komende maanden verwachten makelaars een verdere, maar iets minder sterke prijsstijging. Veel hangt af van het rentebeleid van de ECB en de ontwikkeling van de lonen. Ook de bouw van nieuwe woningen blijft achter bij de ambities van het kabinet, wat de druk op de markt in stand houdt.`
  },
  {
    title: 'Nederlandse pensioenfondsen blijven terughoudend over beleggen in bitcoin',
    standfirst: 'Waar buitenlandse fondsen voorzichtig instappen, houden Nederlandse fondsen de boot af. Volatiliteit en de overstap naar het nieuwe pensioenstelsel spelen een rol.',
    tags: ['bitcoin', 'economie'],
    authors: ['daan-hoekstra'],
    hoursAgo: 318,
    image: {
      motif: 'bitcoin',
      alt: 'Illustratie van een bitcoinmunt achter een glazen wand met een spaarpot op de voorgrond',
      caption: 'Pensioenfondsen kijken vooral toe.',
      credit: 'Illustratie: Newsdesk'
    },
    body: `Nederlandse pensioenfondsen beleggen nog altijd nauwelijks in bitcoin. Dat blijkt uit een rondgang van Newsdesk langs twaalf middelgrote en grote fondsen. Geen van de ondervraagde fondsen heeft een directe belegging in bitcoin of andere crypto, en slechts twee zeggen de mogelijkheid serieus te onderzoeken.

## Te volatiel

De belangrijkste reden is de grote beweeglijkheid van de koers. Pensioenfondsen moeten over tientallen jaren een voorspelbaar pensioen kunnen uitkeren. Een belegging die in een paar maanden de helft van zijn waarde kan verliezen, past daar volgens veel bestuurders slecht bij.

> We beleggen het geld van deelnemers, niet ons eigen geld. Zolang we de risico’s niet goed kunnen inschatten, blijven we eraf.
> — bestuurder van een middelgroot bedrijfstakpensioenfonds

## Ander beeld in het buitenland

In het buitenland zijn sommige pensioenfondsen wel voorzichtig ingestapt, meestal via bitcoin-ETF’s en met een heel klein deel van hun vermogen. Voorstanders zien bitcoin als een vorm van digitale schaarste, die op lange termijn bescherming kan bieden tegen inflatie.

Volgens Joost Hartman van adviesbureau Dijkstra Digital Assets spelen in Nederland ook praktische redenen mee. Fondsen zijn druk met de overstap naar het nieuwe pensioenstelsel en hebben weinig ruimte voor nieuwe beleggingscategorieën.

> Een paar tienden van een procent in bitcoin maakt voor het totale risico weinig uit. Maar het kost veel tijd om zo’n besluit goed te onderbouwen, en die tijd is er nu niet.
> — Joost Hartman, partner bij Dijkstra Digital Assets

## Indirecte blootstelling

Helemaal zonder blootstelling aan crypto zijn de fondsen overigens niet. Via aandelen van bedrijven die bitcoin op hun balans hebben, of van beurzen en miningbedrijven, beleggen ze indirect toch in de sector. Het gaat daarbij om kleine bedragen in verhouding tot het totale vermogen.`
  },
  {
    title: 'Vrijkomende tokens ter waarde van ruim 2 miljard dollar zetten altcoins onder druk',
    standfirst: 'De komende maand komen grote hoeveelheden tokens vrij voor vroege investeerders en teams. Handelaren vrezen extra verkoopdruk.',
    tags: ['altcoins'],
    authors: ['daan-hoekstra'],
    hoursAgo: 331,
    image: {
      motif: 'chart-down',
      alt: 'Illustratie van een opengeklapt slot waaruit munten naar beneden vallen',
      caption: 'Token-unlocks leiden vaak tot extra aanbod op de markt.',
      credit: 'Illustratie: Newsdesk'
    },
    body: `In de komende maand komen bij tientallen altcoins tokens vrij ter waarde van in totaal ruim 2 miljard dollar. Het gaat om munten die bij de lancering van een project zijn gereserveerd voor vroege investeerders, oprichters en medewerkers. Handelaren houden rekening met extra verkoopdruk.

## Wat is een unlock?

Bij veel cryptoprojecten wordt een groot deel van de tokens bij de start vastgezet. Die komen volgens een vast schema geleidelijk vrij, bijvoorbeeld elke maand of elk kwartaal. Zo’n moment heet een *unlock*. Op dat moment kunnen de ontvangers hun tokens verkopen.

Uit onderzoek van dataplatform Ketenmeter blijkt dat de koers van een token in de weken voor en na een grote unlock gemiddeld daalt. Dat is niet verrassend: vroege investeerders kochten vaak tegen een fractie van de huidige prijs en hebben een grote prikkel om winst te nemen.

## Grootste unlocks

De komende maand staan onder meer de volgende unlocks gepland:

- een layer-1-netwerk dat 4 procent van zijn totale voorraad vrijgeeft;
- een gedecentraliseerde beurs waarvan de tokens van het oprichtersteam vrijkomen;
- een gamingproject waarbij ruim 10 procent van het aanbod in één keer vrijkomt;
- meerdere kleinere projecten met maandelijkse unlocks.

## Niet altijd een daling

Toch leidt een unlock niet automatisch tot een koersdaling. Soms is de verkoopdruk al ingeprijsd, en soms houden investeerders hun tokens juist vast. Ook spreken projecten regelmatig af dat grote houders geleidelijk verkopen, bijvoorbeeld via een market maker.

Voor beleggers is het volgens analisten verstandig om het unlockschema van een project te kennen voordat ze instappen. Die informatie staat meestal in de documentatie van het project. Een groot deel van de vrij te komen tokens in verhouding tot het huidige aanbod is een reden voor extra voorzichtigheid.`
  },
  {
    title: 'NFT-markt krimpt verder, maar digitale voorwerpen in games houden stand',
    standfirst: 'De handel in kunst- en verzamel-NFT’s daalde opnieuw. Gaming-items en tickets blijven daarentegen stabiel, blijkt uit nieuwe cijfers.',
    tags: ['nft', 'blockchain'],
    authors: ['fatima-el-amrani'],
    hoursAgo: 344,
    image: {
      motif: 'coins',
      alt: 'Illustratie van een verzameling digitale kaarten en spelvoorwerpen in felle kleuren',
      caption: 'Spelers verhandelen zwaarden, skins en kaarten als NFT.',
      credit: 'Illustratie: Newsdesk'
    },
    body: `De markt voor NFT’s is het afgelopen kwartaal opnieuw gekrompen. Volgens cijfers van dataplatform Ketenmeter daalde het totale handelsvolume met 18 procent ten opzichte van het kwartaal ervoor. Vooral digitale kunst en verzamelobjecten werden minder verhandeld.

## Van hype naar nut

Een paar jaar geleden werden NFT’s van digitale kunst en profielfoto’s voor soms miljoenen verkocht. Die tijd is voorbij. Veel collecties zijn inmiddels een fractie waard van hun hoogtepunt, en het aantal actieve kopers is flink gedaald.

Tegelijk zien de onderzoekers dat toepassingen waarin NFT’s een duidelijke functie hebben het beter doen:

- Voorwerpen in blockchaingames, zoals wapens, kleding en kaarten.
- Tickets voor evenementen, die na afloop als souvenir dienen.
- Digitale certificaten, bijvoorbeeld voor luxe goederen.
- Lidmaatschappen die toegang geven tot een community of dienst.

> Niemand koopt meer een NFT omdat hij denkt dat hij er over een maand het tienvoudige voor krijgt. Mensen kopen iets omdat ze het in een game willen gebruiken. Dat is een gezondere markt.
> — Marit de Boer, oprichter van gamestudio Pixelpolder

## Kleine bedragen

De gemiddelde verkoopprijs van een NFT is gedaald tot onder de 50 dollar. Bij gaming-items gaat het vaak om enkele dollars. Dat maakt de markt minder spectaculair, maar volgens betrokkenen ook toegankelijker.

## Lastige positie voor handelsplatforms

Voor handelsplatforms is de krimp een probleem. Zij verdienen aan een percentage van elke verkoop. Verschillende platforms hebben hun kosten verlaagd of zijn samengegaan. Een aantal richt zich nu volledig op games.

Spelontwikkelaars kijken wel kritisch naar de rol van NFT’s. Niet alle spelers zitten te wachten op handel en speculatie in games. Succesvolle spellen verbergen de technologie dan ook vaak grotendeels voor de speler.`
  },
  {
    title: 'Brabant Photonics haalt 120 miljoen euro op voor nieuwe chipfabriek',
    standfirst: 'Het bedrijf maakt chips die met licht in plaats van elektriciteit werken. Met het geld bouwt het een fabriek die duizenden chips per week moet produceren.',
    tags: ['tech', 'ai'],
    authors: ['priya-ramdin'],
    hoursAgo: 357,
    featured: true,
    image: {
      motif: 'chip',
      alt: 'Illustratie van een chip waarover lichtbundels in verschillende kleuren lopen',
      caption: 'Fotonische chips gebruiken licht om gegevens te verwerken.',
      credit: 'Illustratie: Newsdesk'
    },
    body: `Het Eindhovense bedrijf Brabant Photonics heeft 120 miljoen euro opgehaald bij een groep investeerders. Met het geld bouwt het bedrijf een nieuwe fabriek voor fotonische chips: chips die licht gebruiken om gegevens te versturen en te verwerken. Het is een van de grootste investeringsrondes in de Nederlandse techsector dit jaar.

## Licht in plaats van stroom

Fotonische chips kunnen grote hoeveelheden data sneller en zuiniger verwerken dan traditionele chips. Dat maakt ze interessant voor datacenters, waar steeds meer gegevens tussen servers moeten worden uitgewisseld, bijvoorbeeld bij het trainen van AI-modellen.

> Het energieverbruik van datacenters is een van de grootste problemen van deze tijd. Met licht kun je data verplaatsen tegen een fractie van de energie die je nu nodig hebt.
> — Rik van Houten, ceo van Brabant Photonics

## Fabriek in Brabant

De nieuwe fabriek komt in de regio Eindhoven en moet eind volgend jaar in gebruik worden genomen. Er komen ruim tweehonderd banen bij. Brabant Photonics wil er op termijn enkele duizenden chips per week produceren.

Tot de investeerders behoren een Europees investeringsfonds, een Nederlands pensioenfonds en Kanaal Capital. Ook een regionale ontwikkelingsmaatschappij doet mee.

## Europese ambities

De investering past in de Europese ambitie om minder afhankelijk te worden van chipfabrikanten in Azië en de Verenigde Staten. Nederland heeft met bedrijven die chipmachines bouwen een sterke positie in de keten, maar er worden in Nederland nauwelijks chips zelf geproduceerd.

Fotonica wordt door de overheid gezien als een kans om daar verandering in te brengen. Het vakgebied heeft sterke wortels op Nederlandse universiteiten. Wel is de concurrentie groot: ook in de Verenigde Staten en China wordt fors geïnvesteerd in vergelijkbare technologie.

Brabant Photonics verwacht over drie jaar winstgevend te zijn. Het bedrijf levert nu al kleine aantallen chips aan klanten in de telecomsector.`
  },
  {
    title: 'Restaking trekt miljarden, maar onderzoekers waarschuwen voor stapeling van risico’s',
    standfirst: 'Met restaking kunnen stakers hun ingezette ether opnieuw gebruiken om andere diensten te beveiligen. Dat levert extra rendement op, maar ook nieuwe risico’s.',
    tags: ['ethereum', 'defi'],
    authors: ['fatima-el-amrani'],
    hoursAgo: 370,
    image: {
      motif: 'ethereum',
      alt: 'Illustratie van opgestapelde ethereumsymbolen die wankelen op een smalle basis',
      caption: 'Bij restaking wordt dezelfde ether meerdere keren als onderpand gebruikt.',
      credit: 'Illustratie: Newsdesk'
    },
    body: `Restaking is uitgegroeid tot een van de snelst groeiende onderdelen van het Ethereum-ecosysteem. Er staat inmiddels voor meer dan 15 miljard dollar aan ether in restakingprotocollen. Onderzoekers waarschuwen echter dat de risico’s onvoldoende worden begrepen.

## Hoe werkt restaking?

Bij gewone staking zet een validator ether in om het Ethereum-netwerk te beveiligen. Bij restaking wordt diezelfde ether ook ingezet om andere diensten te beveiligen, zoals orakels die prijsinformatie leveren of bridges tussen netwerken. In ruil daarvoor krijgen deelnemers een extra beloning.

### Het rendement

Het extra rendement varieert sterk per dienst. Sommige restakingprotocollen beloven enkele procenten bovenop het gewone stakingrendement. Vaak wordt dat rendement uitbetaald in nieuwe tokens, waarvan de waarde onzeker is.

### De risico’s

Als een validator zich niet aan de regels van een van de diensten houdt, kan een deel van de ingezette ether worden afgenomen. Hoe meer diensten, hoe meer regels, en hoe groter de kans op zo’n straf.

> Je gebruikt hetzelfde onderpand voor meerdere verplichtingen. Dat werkt prima zolang alles goed gaat. Maar als het misgaat, kan het op meerdere plekken tegelijk misgaan.
> — Sophie Mulder, risicoanalist bij het Grachtlend-collectief

## Parallel met de bankencrisis

Sommige onderzoekers trekken een vergelijking met de financiële crisis van 2008, toen dezelfde bezittingen meerdere keren als onderpand werden gebruikt. Anderen vinden die vergelijking overdreven, omdat alles op de blockchain transparant is en in realtime te volgen.

## Voorzichtigheid geboden

Voor gewone gebruikers is restaking vaak toegankelijk via liquid-restakingtokens. Wie die koopt, loopt niet alleen het risico van het restakingprotocol, maar ook dat van de tokenuitgever en de smart contracts. Experts raden beleggers aan om goed te begrijpen waar het extra rendement vandaan komt voordat ze instappen.`
  },
  {
    title: 'Belgische banken testen tokenisatie van staatsobligaties op gedeelde blockchain',
    standfirst: 'Drie banken geven een proefobligatie uit als digitaal token. De afwikkeling moet daardoor sneller en goedkoper worden.',
    tags: ['blockchain', 'economie'],
    authors: ['wouter-claes'],
    hoursAgo: 384,
    image: {
      motif: 'bank',
      alt: 'Illustratie van een bankgebouw waarvan de zuilen zijn opgebouwd uit digitale blokken',
      caption: 'Banken onderzoeken hoe obligaties digitaal kunnen worden uitgegeven.',
      credit: 'Beeld: redactie'
    },
    body: `Drie Belgische banken hebben een test afgerond waarbij een obligatie werd uitgegeven en verhandeld als digitaal token op een blockchain. Het ging om een proefobligatie met een waarde van 50 miljoen euro, die werd gekocht door een groep institutionele beleggers. Scheldebank trad op als coördinator.

## Sneller afwikkelen

Bij een gewone obligatie duurt het doorgaans twee werkdagen voordat een transactie volledig is afgewikkeld. Daarbij zijn verschillende partijen betrokken, zoals bewaarders en afwikkelinstellingen. Bij een getokeniseerde obligatie gebeurt de overdracht van eigendom en de betaling vrijwel gelijktijdig.

> We hebben laten zien dat het technisch werkt. De vraag is nu hoe we dit opschalen zonder de stabiliteit van het financiële systeem in gevaar te brengen.
> — Els Vermeulen, hoofd digitale activa bij Scheldebank

## Geld op de blockchain

Een knelpunt bij dit soort proeven is de betaling. Om de voordelen volledig te benutten, moet ook het geld op de blockchain beschikbaar zijn. In de test werd daarvoor een digitale vorm van centralebankgeld gesimuleerd. In Europa wordt al langer onderzocht hoe centrale banken de afwikkeling van zulke transacties kunnen ondersteunen.

## Afwachtende beleggers

Beleggers reageren positief, maar afwachtend. Tokenisatie moet pas echt voordelen opleveren als een groot deel van de markt meedoet. Zolang getokeniseerde obligaties een kleine niche zijn, is de handel beperkt en blijft het voordeel beperkt.

Ook juridische vragen spelen een rol. Zo moet duidelijk zijn wie de eigenaar is als er iets misgaat met het netwerk, en hoe toezichthouders toegang krijgen tot gegevens. De banken werken daarvoor samen met de Belgische toezichthouder.

Volgens de deelnemers kan tokenisatie op termijn kosten besparen en de markt toegankelijker maken, ook voor kleinere beleggers. Een vervolgproef met een grotere uitgifte staat gepland voor volgend jaar.`
  },
  {
    title: 'Kleine taalmodellen winnen terrein bij Nederlandse bedrijven',
    standfirst: 'In plaats van de grootste en duurste modellen kiezen bedrijven steeds vaker voor compacte varianten. Die zijn goedkoper, sneller en makkelijker zelf te beheren.',
    tags: ['ai'],
    authors: ['priya-ramdin'],
    hoursAgo: 398,
    image: {
      motif: 'chip',
      alt: 'Illustratie van een kleine chip naast een veel grotere, beide met lichtgevende verbindingen',
      caption: 'Kleinere modellen draaien op eenvoudigere hardware.',
      credit: 'Illustratie: Newsdesk'
    },
    body: `Nederlandse bedrijven die met generatieve AI werken, kiezen steeds vaker voor kleinere taalmodellen. Dat zeggen verschillende leveranciers en adviesbureaus tegen Newsdesk. Waar het begin van de AI-golf draaide om de grootste modellen, draait het nu om het model dat goed genoeg is voor een specifieke taak.

## Waarom kleiner?

Kleinere modellen hebben een aantal duidelijke voordelen:

- Ze zijn veel goedkoper in gebruik, omdat ze minder rekenkracht vragen.
- Ze reageren sneller, wat belangrijk is bij klantcontact.
- Ze kunnen op eigen servers draaien, zodat gegevens binnen de organisatie blijven.
- Ze zijn makkelijker aan te passen met eigen data.

Een verzekeraar die schadeclaims automatisch wil sorteren, heeft geen model nodig dat ook gedichten kan schrijven en wiskundige bewijzen kan leveren. Een kleiner model dat is getraind op schadeclaims, doet dat vaak even goed of beter.

## Combinaties

Veel bedrijven combineren verschillende modellen. Eenvoudige vragen worden door een klein model afgehandeld, ingewikkelde vragen worden doorgestuurd naar een groter model. Dat levert volgens leveranciers een forse kostenbesparing op.

> Het is een beetje als vervoer. Je neemt niet voor elke boodschap een vrachtwagen. Voor de meeste taken volstaat een fiets, en af en toe huur je een busje.
> — Bas Meijer, oprichter van AI-adviesbureau Modelmaat

## Nederlandse taal

Voor Nederlandse bedrijven speelt ook de taal een rol. De grote modellen zijn vooral getraind op Engelse teksten. Kleinere modellen die specifiek op het Nederlands zijn afgestemd, kunnen daardoor beter presteren bij Nederlandstalige taken. Verschillende Nederlandse start-ups richten zich daar inmiddels op.

De verwachting is dat de trend doorzet. Hardwarefabrikanten bouwen steeds vaker speciale AI-chips in laptops en telefoons, waardoor kleine modellen ook lokaal kunnen draaien.`
  },
  {
    title: 'Europese toezichthouders buigen zich over regels voor decentrale financiering',
    standfirst: 'DeFi valt grotendeels buiten de huidige cryptoregels. Toezichthouders zoeken naar manieren om consumenten te beschermen zonder innovatie te smoren.',
    tags: ['regulering', 'defi'],
    authors: ['joris-verbeek'],
    hoursAgo: 411,
    image: {
      motif: 'law',
      alt: 'Illustratie van een rechtbankgebouw omringd door zwevende gekleurde blokjes',
      caption: 'Hoe reguleer je een protocol zonder eigenaar?',
      credit: 'Illustratie: Newsdesk'
    },
    seo: {
      title: 'Toezichthouders buigen zich over regels voor DeFi',
      description: 'Decentrale financiering valt grotendeels buiten MiCA. Europese toezichthouders zoeken naar regels die consumenten beschermen.'
    },
    body: `Europese financiële toezichthouders zijn begonnen aan een verkenning van regels voor decentrale financiering, beter bekend als DeFi. In een discussiestuk dat deze week werd gepubliceerd, schetsen ze verschillende mogelijkheden. Belanghebbenden kunnen tot het einde van het eerste kwartaal reageren.

## Buiten MiCA

De Europese cryptoverordening MiCA regelt vooral het toezicht op bedrijven die cryptodiensten aanbieden, zoals beurzen en bewaarders. Volledig gedecentraliseerde protocollen, waar geen bedrijf achter zit, vallen daar grotendeels buiten. Dat is een bewuste keuze geweest, omdat het lastig is om regels op te leggen aan software zonder eigenaar.

In de praktijk is de grens tussen gecentraliseerd en gedecentraliseerd echter vaak vaag. Veel protocollen hebben een team dat de ontwikkeling stuurt, een stichting die fondsen beheert of een website die gebruikers naar het protocol leidt.

> De vraag is niet of DeFi gereguleerd moet worden, maar waar het aangrijpingspunt ligt. Bij de ontwikkelaars, de websites, de wallets? Daar moeten we een verstandig antwoord op vinden.
> — Iris Wolters, advocaat technologierecht bij Wolters & Smit

## Mogelijke aanknopingspunten

In het discussiestuk worden verschillende opties genoemd. Zo zouden regels kunnen gelden voor de websites en apps waarmee gebruikers DeFi-protocollen benaderen, of voor partijen die aanzienlijke zeggenschap hebben over een protocol. Ook wordt gekeken naar verplichte informatie over risico’s en audits van smart contracts.

## Reacties uit de sector

De DeFi-sector reageert verdeeld. Sommige partijen verwelkomen duidelijkheid, omdat dat institutionele beleggers over de streep kan trekken. Anderen vrezen dat te strenge regels ontwikkelaars naar andere delen van de wereld drijven.

Het discussiestuk is nadrukkelijk geen wetsvoorstel. De Europese Commissie beslist uiteindelijk of en wanneer er nieuwe regels komen. Naar verwachting duurt dat nog zeker enkele jaren.`
  },
  {
    title: 'Zo werkt de halving en waarom het effect op de koers lastiger te meten wordt',
    standfirst: 'Elke vier jaar halveert de beloning voor bitcoinminers. Vroeger volgde daarna steevast een koersstijging. Is dat patroon nog houdbaar?',
    tags: ['bitcoin'],
    authors: ['daan-hoekstra'],
    hoursAgo: 425,
    image: {
      motif: 'bitcoin',
      alt: 'Illustratie van een bitcoinmunt die in twee helften is gesplitst boven een tijdlijn',
      caption: 'De halving is een vast onderdeel van het ontwerp van bitcoin.',
      credit: 'Illustratie: Newsdesk'
    },
    seo: {
      title: 'Zo werkt de bitcoinhalving',
      description: 'Elke vier jaar halveert de beloning voor bitcoinminers. Wat betekent dat voor het aanbod, en waarom is het effect op de koers steeds lastiger te meten?'
    },
    body: `De halving is een van de bekendste begrippen in de bitcoinwereld. Maar wat houdt het precies in, en heeft het nog steeds zoveel invloed op de koers als vroeger? Een uitleg.

## Wat is de halving?

Bitcoin heeft een vaste maximale voorraad van 21 miljoen munten. Nieuwe bitcoins komen in omloop via mining: miners die een nieuw blok aan de blockchain toevoegen, krijgen een beloning. **Elke 210.000 blokken, ongeveer eens in de vier jaar, wordt die beloning gehalveerd.**

Bij de start in 2009 kregen miners 50 bitcoin per blok. Inmiddels is dat nog 3,125 bitcoin. Bij de volgende halving daalt de beloning naar 1,5625 bitcoin.

### Minder nieuw aanbod

Door de halving komen er elke dag minder nieuwe bitcoins op de markt. Als de vraag gelijk blijft, zou dat in theorie tot een hogere prijs moeten leiden.

## Het historische patroon

In het verleden volgde op elke halving binnen anderhalf jaar een forse koersstijging. Dat patroon heeft bijgedragen aan het idee van een vaste cyclus van vier jaar. Toch zijn er redenen om voorzichtig te zijn:

1. Er zijn maar een handvol halvings geweest, te weinig om harde conclusies te trekken.
2. Het nieuwe aanbod is inmiddels zo klein dat het minder gewicht heeft ten opzichte van de totale handel.
3. Andere factoren, zoals ETF’s, rente en regelgeving, spelen een steeds grotere rol.

### Ingeprijsd?

Daarnaast weet iedereen precies wanneer de halving plaatsvindt. Volgens sommige economen zou het effect daardoor al in de koers verwerkt moeten zijn voordat de halving plaatsvindt.

## Conclusie

De halving blijft belangrijk voor de economie van miners en het aanbod van bitcoin. Maar wie denkt dat de koers na elke halving vanzelf stijgt, gaat voorbij aan de vele andere krachten die inmiddels op de markt werken. Meer achtergrond lees je in ons [dossier over bitcoin](https://example.nl/newsdesk/dossiers/bitcoin).`
  }
]
