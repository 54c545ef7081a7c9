import type { DemoArticle } from './types.js'

export const demoArticles2: DemoArticle[] = [
  {
    title: 'Hoeveelheid gestakete ether bereikt nieuw record van ruim 36 miljoen munten',
    standfirst: 'Bijna 30 procent van alle ether staat inmiddels vast om het netwerk te beveiligen. Vooral grote bewaarders en liquid-stakingdiensten groeien.',
    tags: ['ethereum', 'defi'],
    authors: ['fatima-el-amrani'],
    hoursAgo: 80,
    image: {
      motif: 'ethereum',
      alt: 'Illustratie van een ethereumsymbool op een stapel paarse blokken die als een kluis zijn gerangschikt',
      caption: 'Staking is een van de manieren om rendement te halen op ether.',
      credit: 'Illustratie: Newsdesk'
    },
    body: `De hoeveelheid ether die is ingezet om het Ethereum-netwerk te beveiligen, heeft een nieuw record bereikt. Volgens gegevens van dataplatform Ketenmeter staat er inmiddels ruim 36 miljoen ether vast in staking. Dat is bijna 30 procent van alle ether in omloop.

## Wat is staking?

Sinds Ethereum overstapte op proof of stake, wordt het netwerk beveiligd door validators. Zij zetten ether in als onderpand en krijgen daarvoor een beloning. Wie zich niet aan de regels houdt, kan een deel van die inzet verliezen.

Het rendement op staking schommelt momenteel rond de 2,8 procent per jaar. Dat is lager dan een paar jaar geleden, omdat de beloning wordt verdeeld over steeds meer deelnemers.

## Wie staket er?

De groei komt vooral van drie soorten partijen:

- Grote bewaarders en beurzen, die staking aanbieden aan hun klanten.
- Liquid-stakingprotocollen, waar gebruikers een verhandelbaar token terugkrijgen voor hun ingezette ether.
- Instellingen en fondsen die zelf validators draaien.

> De groei laat zien dat beleggers ether steeds meer zien als een productief bezit, vergelijkbaar met een obligatie die rente oplevert. Maar die vergelijking gaat niet helemaal op, want de risico’s zijn anders.
> — Yara Smits, analist bij Dijkstra Digital Assets

## Zorgen over concentratie

Onderzoekers wijzen erop dat een groot deel van de gestakete ether bij een handvol partijen ligt. Als één aanbieder te veel validators beheert, kan dat in theorie een risico vormen voor de decentralisatie van het netwerk. Verschillende liquid-stakingdiensten hebben daarom afspraken gemaakt om hun aandeel te beperken.

Voor particuliere beleggers is staking via een beurs het eenvoudigst, maar niet zonder risico. Bij een faillissement van de aanbieder kan de ingezette ether lastig terug te krijgen zijn. Onder MiCA gelden wel strengere eisen voor de bewaring van klantgeld.`
  },
  {
    title: 'Zeeuws datacenter gaat restwarmte leveren aan ruim vierduizend woningen',
    standfirst: 'Een nieuw warmtenet in Vlissingen moet vanaf volgend jaar huizen verwarmen met de warmte van servers. Het is een van de grootste projecten in zijn soort.',
    tags: ['tech', 'economie'],
    authors: ['priya-ramdin'],
    hoursAgo: 88,
    image: {
      motif: 'energy',
      alt: 'Illustratie van een datacenter met warme oranje leidingen die naar een woonwijk lopen',
      caption: 'De warmte van servers wordt via een ondergronds net naar woningen gebracht.',
      credit: 'Illustratie: Newsdesk'
    },
    body: `Het datacenter van Zeeland Data Centers in Vlissingen gaat zijn restwarmte leveren aan ruim vierduizend woningen. Het bedrijf, de gemeente en een lokale woningcorporatie hebben daarover een overeenkomst getekend. Het warmtenet moet eind volgend jaar in gebruik worden genomen.

## Van afval naar bron

Datacenters produceren veel warmte. Normaal gesproken wordt die met grote koelinstallaties afgevoerd naar buiten. In Vlissingen wordt de warmte opgevangen en via een warmtepomp op een hogere temperatuur gebracht, zodat die geschikt is voor verwarming en warm water.

::image energy | Het warmtenet verbindt het datacenter met een nieuwbouwwijk en een aantal bestaande flats. | Illustratie: Newsdesk

> Jarenlang hebben we warmte de lucht in geblazen terwijl een paar kilometer verderop mensen gas stookten. Dat kunnen we ons niet meer permitteren.
> — Eva Timmermans, directeur van Zeeland Data Centers

## Kosten en garanties

Bewoners betalen voor de warmte niet meer dan bij een vergelijkbare gasaansluiting, beloven de partijen. De woningcorporatie investeert in de aanpassing van de woningen, het datacenter betaalt mee aan de aanleg van het net.

Een aandachtspunt is de leveringszekerheid. Als het datacenter minder draait, komt er ook minder warmte vrij. Daarom wordt er een reservevoorziening gebouwd die in koude periodes of bij onderhoud kan bijspringen.

## Groeiende druk op datacenters

De discussie over datacenters is in Nederland de afgelopen jaren steeds feller geworden. Ze verbruiken veel stroom en ruimte, terwijl het elektriciteitsnet op veel plekken vol zit. Gemeenten stellen steeds vaker eisen aan nieuwe vestigingen, zoals het leveren van restwarmte.

Volgens de branche kan het project in Vlissingen een voorbeeld zijn voor andere regio’s. Wel wijzen deskundigen erop dat een warmtenet alleen zin heeft als er genoeg woningen in de buurt liggen.`
  },
  {
    title: 'Belgische overheid onderzoekt blockchain voor fraudebestendige digitale diploma’s',
    standfirst: 'Een proef met hogescholen moet uitwijzen of diploma’s veilig en controleerbaar kunnen worden uitgegeven. Privacy is een belangrijk aandachtspunt.',
    tags: ['blockchain', 'regulering'],
    authors: ['wouter-claes', 'joris-verbeek'],
    hoursAgo: 95,
    image: {
      motif: 'chain',
      alt: 'Illustratie van een opgerold diploma verbonden met een keten van digitale blokken',
      caption: 'Werkgevers moeten diploma’s straks in enkele seconden kunnen controleren.',
      credit: 'Beeld: redactie'
    },
    body: `Het Vlaamse onderwijsbeleid krijgt er een digitaal experiment bij. Vier hogescholen nemen deel aan een proef waarbij diploma’s worden uitgegeven als digitaal bewijsstuk dat via een blockchain te controleren is. Dat meldt het projectbureau dat de proef begeleidt.

## Fraude met diploma’s

Diplomafraude is een hardnekkig probleem. Werkgevers controleren lang niet altijd of een opgegeven diploma echt is, en nagemaakte papieren zijn eenvoudig online te bestellen. Met een digitaal diploma kan een werkgever in enkele seconden zien of het document echt door de onderwijsinstelling is uitgegeven.

Op de blockchain zelf komen geen persoonsgegevens te staan. Alleen een digitale vingerafdruk van het diploma wordt vastgelegd. De afgestudeerde bewaart het diploma zelf in een digitale wallet en bepaalt met wie hij of zij het deelt.

> We willen dat studenten eigenaar zijn van hun eigen gegevens. Zij beslissen wie het diploma mag inzien, niet de school en niet de overheid.
> — Katrien Peeters, projectleider digitale bewijsstukken

## Europese samenhang

De proef sluit aan bij Europese afspraken over digitale identiteit. Die moeten het mogelijk maken dat burgers officiële documenten, zoals een rijbewijs of diploma, in een digitale wallet bewaren en in andere lidstaten kunnen gebruiken.

Ook in Nederland wordt naar zulke toepassingen gekeken, al is daar nog geen vergelijkbare proef aangekondigd. Juristen wijzen erop dat de technische keuzes goed moeten passen bij de Europese privacyregels, bijvoorbeeld het recht om gegevens te laten verwijderen.

## Eerste diploma’s volgend jaar

Als de proef slaagt, ontvangen de eerste studenten hun digitale diploma bij de zomeruitreiking volgend jaar. Het papieren diploma blijft voorlopig gewoon bestaan. Een evaluatie moet uitwijzen of het systeem daarna breder kan worden ingevoerd.`
  },
  {
    title: 'Bitcoin herovert grens van 85.000 euro, handelaren letten op weerstand',
    standfirst: 'Na een week van kleine bewegingen trok de koers weer aan. Analisten zien de zone rond 88.000 euro als volgende horde.',
    tags: ['bitcoin'],
    authors: ['daan-hoekstra'],
    hoursAgo: 103,
    image: {
      motif: 'chart-up',
      alt: 'Illustratie van een groene koerslijn die omhoog loopt tegen een horizontale stippellijn',
      caption: 'De koers nadert een zone waar eerder veel werd verkocht.',
      credit: 'Illustratie: Newsdesk'
    },
    body: `De bitcoinkoers is weer boven de 85.000 euro uitgekomen. Na een week waarin de koers binnen een smalle bandbreedte bewoog, trok de grootste cryptomunt in de nacht ruim 3 procent aan. Op het moment van schrijven wordt er ongeveer 85.400 euro betaald.

## Technisch beeld

Handelaren kijken vooral naar de zone tussen 87.500 en 88.000 euro. Daar werd de afgelopen weken meermaals fors verkocht, waardoor de koers steeds terugviel. Een doorbraak daarboven zou volgens technisch analisten ruimte geven voor verdere stijging.

Belangrijke niveaus volgens handelaren:

- Weerstand: 88.000 euro
- Tweede weerstand: 91.500 euro
- Steun: 82.000 euro
- Sterke steun: 78.500 euro

::x https://x.com/polderchartist/status/1862045118734561280 | De Polder Chartist | @polderchartist | BTC weer boven 85k. Zolang 82k houdt blijft de structuur intact. Volgende test: 88k, daar lag de vorige keer een muur aan verkooporders. | 2026-11-22

## Wat drijft de stijging?

Een duidelijke aanleiding voor de stijging is er niet. Analisten wijzen op een combinatie van factoren: een iets zwakkere dollar, lichte instroom in beleggingsfondsen en kopers die de koers rond 82.000 euro steeds opnieuw verdedigden.

> De markt zoekt richting. Zolang de koers tussen 82.000 en 88.000 euro blijft hangen, zie ik vooral korte-termijnhandelaren aan het werk.
> — Bram Kuiper, analist bij Dijkstra Digital Assets

Het handelsvolume bleef tijdens de stijging relatief laag, wat sommige analisten voorzichtig maakt. Een stijging zonder groot volume houdt volgens hen niet altijd stand.

Ether steeg in dezelfde periode 2 procent naar ongeveer 3.050 euro. De meeste andere grote munten lieten vergelijkbare bewegingen zien. Voor een overzicht van alle koersen verwijzen we naar onze [koersenpagina](https://example.nl/newsdesk/koersen).`
  },
  {
    title: 'AFM legt cryptoplatform Tulpex boete op voor misleidende klantinformatie',
    standfirst: 'Het platform gaf volgens de toezichthouder een te rooskleurig beeld van stakingrendementen. Tulpex gaat in bezwaar.',
    tags: ['regulering', 'ethereum'],
    authors: ['joris-verbeek'],
    hoursAgo: 110,
    updatedHoursAfter: 2,
    image: {
      motif: 'law',
      alt: 'Illustratie van een rechtershamer naast een smartphone met een koersgrafiek',
      caption: 'Het is een van de eerste boetes onder de nieuwe regels.',
      credit: 'Illustratie: Newsdesk'
    },
    seo: {
      title: 'AFM beboet Tulpex voor misleidende stakinginformatie',
      description: 'De AFM legt cryptoplatform Tulpex een boete van 420.000 euro op wegens een te rooskleurige voorstelling van stakingrendementen.'
    },
    body: `De Autoriteit Financiële Markten (AFM) heeft het Nederlandse cryptoplatform Tulpex een boete van 420.000 euro opgelegd. Volgens de toezichthouder gaf het bedrijf klanten een misleidend beeld van de rendementen die ze konden behalen met staking.

## Te rooskleurig beeld

In advertenties en in de app van Tulpex werden jaarlijkse rendementen tot 9 procent genoemd, zonder duidelijk te vermelden dat die niet gegarandeerd waren. Ook ontbrak volgens de AFM goede informatie over de risico’s, zoals de mogelijkheid dat ingezette munten tijdelijk niet kunnen worden opgenomen.

De toezichthouder stelt dat klanten daardoor een verkeerd beeld kregen van wat ze konden verwachten. Het ging volgens de AFM om tienduizenden klanten.

> Aanbieders mogen rendementen noemen, maar dan moet ook eerlijk worden verteld dat die kunnen dalen en welke risico’s eraan verbonden zijn. Dat is hier onvoldoende gebeurd.
> — woordvoerder van de AFM

## Tulpex gaat in bezwaar

Tulpex laat in een reactie weten het niet eens te zijn met de boete. Het bedrijf stelt dat de genoemde rendementen op het moment van publicatie klopten en dat de risico’s op een aparte pagina stonden beschreven. Inmiddels zijn de advertenties aangepast.

Het is een van de eerste boetes die de AFM oplegt aan een cryptobedrijf sinds de Europese MiCA-regels van kracht zijn. Onder die regels moeten aanbieders klanten helder, eerlijk en niet misleidend informeren, net als partijen die traditionele beleggingsproducten aanbieden.

Juristen verwachten dat de zaak richtinggevend wordt voor de manier waarop cryptobedrijven hun producten mogen aanprijzen. Vooral staking, waarbij rendement wordt beloofd, ligt onder een vergrootglas.

*Bijgewerkt met de reactie van Tulpex.*`
  },
  {
    title: 'Twee ziekenhuizen in het noorden testen AI-assistent voor verslaglegging',
    standfirst: 'Artsen laten gesprekken met patiënten automatisch samenvatten in het dossier. Het moet uren administratie per week schelen.',
    tags: ['ai', 'tech'],
    authors: ['priya-ramdin'],
    hoursAgo: 118,
    image: {
      motif: 'phone',
      alt: 'Illustratie van een tablet met een spraakgolf en een medisch kruis',
      caption: 'De assistent luistert mee tijdens het consult, maar alleen met toestemming van de patiënt.',
      credit: 'Illustratie: Newsdesk'
    },
    body: `Twee ziekenhuizen in Noord-Nederland zijn begonnen met een proef waarbij een AI-assistent gesprekken tussen arts en patiënt samenvat. De samenvatting wordt als concept in het elektronisch dossier gezet, waarna de arts die controleert en goedkeurt.

## Minder typen, meer aandacht

Zorgverleners besteden een groot deel van hun tijd aan administratie. Volgens de deelnemende ziekenhuizen gaat het bij sommige specialisten om meer dan een dag per week. De AI-assistent moet dat flink terugdringen.

De proef loopt op vier afdelingen:

- Interne geneeskunde
- Orthopedie
- Kindergeneeskunde
- De huisartsenpost die aan een van de ziekenhuizen verbonden is

> Ik merk dat ik de patiënt weer aankijk in plaats van naar mijn scherm te staren. Dat is misschien wel de grootste winst.
> — Sanne Wijnands, internist en deelnemer aan de proef

## Strikte voorwaarden

Patiënten worden vooraf gevraagd of ze toestemming geven. Wie dat niet wil, krijgt een gewoon consult zonder assistent. De opnames worden direct na het maken van de samenvatting verwijderd en gegevens worden verwerkt op servers binnen de Europese Unie.

De software is ontwikkeld door het Utrechtse bedrijf Medisona, dat zegt het model specifiek te hebben getraind op Nederlandse medische terminologie. Toch blijft menselijke controle essentieel, benadrukken de ziekenhuizen. AI-modellen kunnen fouten maken of informatie toevoegen die niet is gezegd.

## Evaluatie na een halfjaar

De proef duurt zes maanden. Onderzoekers kijken naar de tijdwinst, de kwaliteit van de verslagen en de ervaringen van patiënten en zorgverleners. Daarna besluiten de ziekenhuizen of de assistent breder wordt ingezet.

Ook andere zorginstellingen tonen interesse. Volgens een brancheorganisatie experimenteren inmiddels tientallen zorgaanbieders met vergelijkbare toepassingen.`
  },
  {
    title: 'Handel in memecoins zakt in: volume halveert binnen een maand',
    standfirst: 'Na een periode van hype keren handelaren zich af van grappige tokens. Vooral kleine munten zonder echte toepassing verliezen sterk aan waarde.',
    tags: ['altcoins'],
    authors: ['daan-hoekstra'],
    hoursAgo: 126,
    image: {
      motif: 'chart-down',
      alt: 'Illustratie van vrolijk gekleurde munten die langs een dalende lijn naar beneden rollen',
      caption: 'De hype rond memecoins lijkt voorbij.',
      credit: 'Illustratie: Newsdesk'
    },
    body: `De handel in memecoins is in een maand tijd ongeveer gehalveerd. Dat blijkt uit cijfers van dataplatform Ketenmeter, dat het volume op gecentraliseerde en gedecentraliseerde beurzen bijhoudt. Ook het aantal nieuw gelanceerde tokens daalde sterk.

## Van hype naar kater

Memecoins zijn tokens die vaak zijn gebaseerd op een grap, een dier of een internetmeme. Ze hebben doorgaans geen technische toepassing, maar kunnen in korte tijd enorm in waarde stijgen als ze populair worden op sociale media. Net zo snel kunnen ze ook weer instorten.

De afgelopen maand zagen veel van die munten hun koers hard dalen. Volgens Ketenmeter:

- daalde het dagelijkse handelsvolume in memecoins van gemiddeld 9 naar 4,5 miljard dollar;
- verloren negen van de tien tokens die in oktober werden gelanceerd meer dan 80 procent van hun waarde;
- halveerde het aantal nieuwe tokens per dag op de populairste lanceerplatforms.

## Beleggers zijn voorzichtiger

Analisten zien de afkoeling als een teken dat beleggers voorzichtiger worden. Na een reeks incidenten, waarbij makers van tokens hun munten kort na de lancering verkochten, zijn veel handelaren hun geld kwijtgeraakt.

> Memecoins zijn loterijtickets. Af en toe wint iemand flink, maar de overgrote meerderheid verliest. Dat besef lijkt nu weer door te dringen.
> — Tim Veenstra, handelaar bij Dijkstra Digital Assets

De grootste en bekendste memecoins houden zich relatief goed staande, al daalden ook zij in waarde. Zij worden inmiddels op veel grote beurzen verhandeld en hebben een brede groep houders.

Toezichthouders waarschuwen al langer voor de risico’s. Ook onder MiCA blijven veel van deze tokens buiten het directe toezicht, omdat er vaak geen duidelijke uitgever is.`
  },
  {
    title: 'ECB waarschuwt in stabiliteitsrapport voor risico’s van snelgroeiende stablecoins',
    standfirst: 'De centrale bank ziet stablecoins steeds nauwer verweven raken met het traditionele financiële systeem. Vooral dollarvarianten baren zorgen.',
    tags: ['economie', 'regulering'],
    authors: ['marieke-van-den-berg'],
    hoursAgo: 133,
    featured: true,
    image: {
      motif: 'bank',
      alt: 'Illustratie van een centrale bank met daarboven zwevende munten in euro- en dollarkleuren',
      caption: 'De ECB publiceert twee keer per jaar een rapport over financiële stabiliteit.',
      credit: 'Illustratie: Newsdesk'
    },
    seo: {
      title: 'ECB waarschuwt voor risico’s van stablecoins',
      description: 'In haar stabiliteitsrapport wijst de ECB op de snelle groei van stablecoins en de banden met het traditionele financiële systeem.'
    },
    body: `De Europese Centrale Bank (ECB) waarschuwt in haar halfjaarlijkse rapport over financiële stabiliteit voor de snelle groei van stablecoins. Volgens de centrale bank raken deze digitale munten, die hun waarde koppelen aan een traditionele munt, steeds nauwer verweven met banken en beleggingsfondsen.

## Dollar domineert

Het overgrote deel van de stablecoins is gekoppeld aan de Amerikaanse dollar. Stablecoins in euro vormen maar een klein deel van de markt. De ECB ziet daarin een risico voor de Europese monetaire soevereiniteit: als Europeanen op grote schaal dollar-stablecoins gaan gebruiken voor betalingen, verliest de euro terrein.

> Stablecoins zijn geen nichefenomeen meer. Als een grote uitgever in de problemen komt, kan dat via de reserves doorwerken in andere delen van de financiële markten.
> — fragment uit het stabiliteitsrapport van de ECB

## Run op reserves

De ECB wijst op het risico van een zogenoemde run. Als veel houders tegelijk hun stablecoins willen inwisselen, moet de uitgever in korte tijd grote hoeveelheden reserves verkopen, zoals kortlopende staatsobligaties. Dat kan de prijzen op die markten onder druk zetten.

Onder de Europese MiCA-regels gelden strenge eisen voor uitgevers van stablecoins die in de EU worden aangeboden. Zo moet een groot deel van de reserves bij Europese banken worden aangehouden. Volgens de ECB is het echter de vraag of die regels voldoende zijn bij grensoverschrijdende uitgevers die ook buiten Europa actief zijn.

## Digitale euro als antwoord

De centrale bank grijpt het rapport ook aan om opnieuw te pleiten voor een digitale euro. Die zou volgens de ECB een publiek alternatief bieden voor private digitale betaalmiddelen. Het politieke besluit over de invoering ligt bij het Europees Parlement en de lidstaten.

Voor de rest concludeert de ECB dat het financiële systeem in de eurozone er robuust voor staat, al noemt de bank de hoge waarderingen op aandelenmarkten en de onzekerheid over de internationale handel als belangrijke risico’s.`
  },
  {
    title: 'Amsterdamse bewaarder Amstel Custody krijgt vergunning voor euro-stablecoin',
    standfirst: 'Het bedrijf mag een e-geldtoken uitgeven dat één op één gekoppeld is aan de euro. De munt is vooral bedoeld voor zakelijke betalingen.',
    tags: ['blockchain', 'defi', 'regulering'],
    authors: ['fatima-el-amrani'],
    hoursAgo: 141,
    image: {
      motif: 'coins',
      alt: 'Illustratie van een digitale euromunt met een blauw rasterpatroon',
      caption: 'De nieuwe stablecoin moet zakelijke betalingen versnellen.',
      credit: 'Beeld: redactie'
    },
    body: `Het Amsterdamse bedrijf Amstel Custody heeft toestemming gekregen om een stablecoin in euro uit te geven. De munt, die de naam **EURA** krijgt, is een zogeheten e-geldtoken onder de Europese MiCA-regels. Elke token moet op elk moment één op één inwisselbaar zijn voor een euro.

## Voor bedrijven

Amstel Custody richt zich niet op particuliere beleggers, maar op bedrijven die snel en goedkoop geld willen overmaken. Denk aan importeurs die leveranciers buiten Europa betalen of platforms die dagelijks duizenden uitbetalingen doen.

> Een bankoverschrijving naar Azië kan dagen duren en kost vaak tientallen euro’s. Met een stablecoin is het geld binnen een minuut over, ook in het weekend.
> — Pieter Brouwer, ceo van Amstel Custody

## Reserves bij banken

De reserves achter de munt worden aangehouden bij een aantal Europese banken en deels belegd in kortlopende staatsobligaties. Amstel Custody publiceert maandelijks een verklaring van een accountant over de omvang van de reserves.

De munt wordt gelanceerd op Ethereum en op een populair layer-2-netwerk. Daardoor kan EURA in principe ook worden gebruikt in DeFi-toepassingen, zoals gedecentraliseerde beurzen en leenplatforms.

## Kleine markt

Stablecoins in euro zijn tot nu toe een kleine markt vergeleken met hun tegenhangers in dollar. Verschillende partijen proberen daar verandering in te brengen, maar het gebruik blijft beperkt. Volgens analisten komt dat vooral doordat de meeste handel in crypto nog altijd in dollars plaatsvindt.

Amstel Custody verwacht dat dit verandert nu meer Europese bedrijven met blockchain gaan werken. Het bedrijf wil binnen een jaar 250 miljoen euro aan tokens in omloop hebben. De eerste zakelijke klanten, waaronder een groothandel in bloemen, zijn al aangesloten.`
  },
  {
    title: 'Analyse: waarom de bitcoinkoers steeds vaker meebeweegt met techaandelen',
    standfirst: 'Bitcoin werd ooit gezien als alternatief voor de financiële markten. Inmiddels beweegt de koers vaak gelijk op met de Nasdaq. Hoe komt dat?',
    tags: ['bitcoin', 'economie'],
    authors: ['daan-hoekstra', 'marieke-van-den-berg'],
    hoursAgo: 150,
    updatedHoursAfter: 3,
    featured: true,
    image: {
      motif: 'chart-up',
      alt: 'Illustratie van twee koerslijnen, een oranje en een blauwe, die nagenoeg gelijk oplopen',
      caption: 'Bitcoin en techaandelen bewegen steeds vaker in dezelfde richting.',
      credit: 'Illustratie: Newsdesk'
    },
    body: `Wie de koersgrafiek van bitcoin naast die van de Amerikaanse techbeurs Nasdaq legt, ziet opvallende overeenkomsten. Dalen techaandelen, dan gaat bitcoin vaak mee omlaag. Dat is opmerkelijk voor een munt die ooit werd gepresenteerd als alternatief voor het traditionele financiële systeem.

## Dezelfde beleggers

De belangrijkste verklaring is dat bitcoin en techaandelen steeds vaker in handen zijn van dezelfde beleggers. Sinds de komst van bitcoin-ETF’s kunnen pensioenfondsen, vermogensbeheerders en hedgefondsen eenvoudig in bitcoin beleggen. Zij behandelen bitcoin vaak als een risicovolle groeibelegging, net als techaandelen.

### Risico aan, risico uit

Als beleggers risico willen nemen, kopen ze zowel techaandelen als bitcoin. Worden ze voorzichtig, bijvoorbeeld door zorgen over de economie, dan verkopen ze beide. In vaktermen heet dat *risk on* en *risk off*.

> Bitcoin is in de portefeuille van veel instellingen in hetzelfde hokje terechtgekomen als snelgroeiende technologiebedrijven. Dat zie je terug in de koers.
> — Hanneke Bosman, hoofdeconoom bij Kanaal Capital

## De rol van de rente

Ook de rente speelt een rol. Hoge rentes maken sparen en obligaties aantrekkelijker, waardoor risicovolle beleggingen minder in trek zijn. Verwachtingen over renteverlagingen door de Amerikaanse centrale bank of de ECB bewegen daardoor zowel techaandelen als bitcoin.

### Niet altijd

De samenhang is overigens niet constant. Er zijn periodes waarin bitcoin zijn eigen weg gaat, bijvoorbeeld rond een halving of bij nieuws dat specifiek over crypto gaat. Volgens onderzoekers van Kanaal Capital schommelde de correlatie het afgelopen jaar tussen vrijwel nul en ruim 0,7.

## Wat betekent dit voor beleggers?

Voor beleggers die bitcoin kopen om hun portefeuille te spreiden, is dit belangrijke informatie. Het spreidingseffect is kleiner dan vaak wordt gedacht. Wie al veel techaandelen heeft, loopt met bitcoin deels hetzelfde risico.

*Aangevuld met de cijfers over de correlatie van Kanaal Capital.*`
  },
  {
    title: 'Gemeenten bundelen krachten in Europese cloud om afhankelijkheid te verkleinen',
    standfirst: 'Een groep van twaalf gemeenten laat een deel van hun systemen draaien bij een Europese aanbieder. Ze willen minder afhankelijk worden van grote Amerikaanse techbedrijven.',
    tags: ['tech'],
    authors: ['priya-ramdin'],
    hoursAgo: 160,
    image: {
      motif: 'city',
      alt: 'Illustratie van een stadssilhouet met daarboven een wolk opgebouwd uit blokjes',
      caption: 'De gemeenten willen meer controle over hun gegevens.',
      credit: 'Illustratie: Newsdesk'
    },
    body: `Twaalf Nederlandse gemeenten gaan gezamenlijk een deel van hun IT-systemen onderbrengen in een Europese cloud. De opdracht ging na een gezamenlijke aanbesteding naar het Nederlands-Duitse bedrijf Wolkenveld. Het gaat onder meer om systemen voor archivering, interne communicatie en het verwerken van aanvragen van inwoners.

## Digitale soevereiniteit

De gemeenten willen minder afhankelijk worden van een handvol grote Amerikaanse techbedrijven. Die zorg leeft al langer bij overheden in Europa. Naast prijsverhogingen en gebrek aan onderhandelingsruimte speelt de vraag wie uiteindelijk toegang heeft tot gevoelige gegevens van burgers.

> We hebben onze digitale huishouding jarenlang uitbesteed zonder goed na te denken over de afhankelijkheid. Nu nemen we een deel van de regie terug.
> — Mirjam Hendriks, wethouder digitalisering in een van de deelnemende gemeenten

## Niet alles verhuist

De overstap is geen totale breuk met de bestaande leveranciers. Kantoorsoftware en e-mail blijven voorlopig bij de huidige aanbieders. De gemeenten beginnen met systemen waarin veel persoonsgegevens worden verwerkt.

Critici wijzen erop dat Europese alternatieven niet altijd dezelfde functies bieden en dat een overstap veel tijd en geld kost. De gemeenten schatten de totale kosten voor de komende vier jaar op ruim 18 miljoen euro, waarvan een deel wordt terugverdiend door lagere licentiekosten.

## Navolging verwacht

Volgens de initiatiefnemers is er bij meer gemeenten belangstelling om aan te sluiten. Ook provincies en waterschappen kijken mee. Een gezamenlijke aanpak geeft meer onderhandelingsmacht en maakt het makkelijker om kennis te delen.

Wolkenveld moet daarvoor wel zijn capaciteit uitbreiden. Het bedrijf bouwt een nieuw datacenter in Drenthe, dat eind volgend jaar open moet gaan.`
  },
  {
    title: 'Layer-2-netwerken op Ethereum verwerken recordaantal transacties in één week',
    standfirst: 'De lage kosten trekken nieuwe gebruikers aan, vooral voor betalingen en games. Het hoofdnetwerk zelf blijft relatief rustig.',
    tags: ['ethereum', 'nft'],
    authors: ['fatima-el-amrani'],
    hoursAgo: 171,
    image: {
      motif: 'ethereum',
      alt: 'Illustratie van meerdere lagen transparante vlakken boven een ethereumsymbool',
      caption: 'Layer-2-netwerken bouwen voort op de beveiliging van Ethereum.',
      credit: 'Illustratie: Newsdesk'
    },
    body: `De netwerken die bovenop Ethereum draaien, hebben de afgelopen week samen een recordaantal transacties verwerkt. Volgens gegevens van dataplatform Ketenmeter ging het om ruim 140 miljoen transacties, bijna vijftien keer zoveel als op het Ethereum-hoofdnetwerk zelf.

## Waarom layer 2?

Layer-2-netwerken bundelen grote aantallen transacties en leggen daarvan een samenvatting vast op Ethereum. Daardoor zijn transacties veel goedkoper, terwijl de beveiliging grotendeels van het hoofdnetwerk komt. Een gewone overboeking kost op de meeste layer-2-netwerken minder dan een cent.

De groei komt uit verschillende hoeken:

- Betaalapps die stablecoins gebruiken voor kleine betalingen
- Blockchaingames waarin spelers voorwerpen als NFT verhandelen
- Gedecentraliseerde beurzen met lage handelskosten
- Sociale apps waarin gebruikers elkaar kleine bedragen sturen

## Versnippering als probleem

Toch is niet alles rozengeur. Er bestaan inmiddels tientallen layer-2-netwerken, die niet altijd goed met elkaar samenwerken. Wie geld van het ene naar het andere netwerk wil verplaatsen, moet vaak een zogeheten bridge gebruiken. Dat is omslachtig en bridges waren in het verleden regelmatig doelwit van hackers.

> Voor een gewone gebruiker is het verwarrend dat hetzelfde token op tien verschillende netwerken kan staan. Daar moet de sector echt werk van maken.
> — Daniël Vos, productontwikkelaar bij walletmaker Tulpwallet

Ontwikkelaars werken aan standaarden die het verplaatsen van geld tussen netwerken eenvoudiger en veiliger moeten maken. Een aantal grote layer-2-netwerken heeft aangekondigd die standaarden volgend jaar te ondersteunen.

Voor het hoofdnetwerk van Ethereum betekent de verschuiving dat er minder transactiekosten worden betaald. Dat leidt tot discussie over de vraag of de waarde van ether daar op termijn onder lijdt.`
  },
  {
    title: 'Hack bij DeFi-protocol Dijkbrug kost gebruikers 14 miljoen dollar',
    standfirst: 'Een aanvaller misbruikte een fout in een nieuw smart contract. Het protocol heeft alle transacties stilgelegd en belooft gedupeerden te compenseren.',
    tags: ['defi', 'ethereum'],
    authors: ['fatima-el-amrani'],
    hoursAgo: 182,
    updatedHoursAfter: 4,
    image: {
      motif: 'chain',
      alt: 'Illustratie van een gebroken ketting met een rood waarschuwingssymbool',
      caption: 'De aanvaller wist een fout in het smart contract uit te buiten.',
      credit: 'Illustratie: Newsdesk'
    },
    body: `Het gedecentraliseerde protocol Dijkbrug, waarmee gebruikers crypto tussen verschillende blockchains kunnen verplaatsen, is gehackt. De aanvaller wist voor ongeveer 14 miljoen dollar aan tokens buit te maken. Het team achter het protocol heeft alle transacties tijdelijk stilgelegd.

## Fout in nieuw contract

Volgens een eerste analyse maakte de aanvaller gebruik van een fout in een smart contract dat twee weken geleden was toegevoegd. Door een controle op een verkeerde plek kon de aanvaller opnames doen zonder dat daar een storting tegenover stond.

::x https://x.com/dijkbrug/status/1860387712094563841 | Dijkbrug | @dijkbrug | We onderzoeken een incident met een van onze contracten. Alle bridges zijn gepauzeerd. Stort geen tokens tot nader bericht. Update volgt. | 2026-11-18

Het gestolen geld werd binnen een uur omgezet in ether en verspreid over tientallen adressen. Beveiligingsbedrijven volgen de transacties en hebben beurzen gevraagd alert te zijn.

> Het patroon is bekend: snel omwisselen, opsplitsen en dan via een mixer proberen het spoor te wissen. Hoe sneller beurzen meekijken, hoe groter de kans dat een deel wordt bevroren.
> — Kees Bakker, onderzoeker bij beveiligingsbureau Waakvlam

## Compensatie beloofd

Het team van Dijkbrug belooft gedupeerden volledig te compenseren uit een reservefonds. Dat fonds bevat volgens het team voldoende middelen. Daarnaast biedt het protocol de aanvaller een beloning van 10 procent als hij de rest van het geld terugstuurt.

Het contract was gecontroleerd door een extern auditbureau, maar de fout werd daarbij niet ontdekt. Dijkbrug laat nu alle contracten opnieuw doorlichten voordat het protocol weer opengaat.

Bridges behoren al jaren tot de meest gehackte onderdelen van de cryptowereld. Ze beheren vaak grote hoeveelheden geld en zijn technisch complex.

**Update:** de aanvaller heeft inmiddels ongeveer 4 miljoen dollar teruggestuurd naar een adres van Dijkbrug. Het team bevestigt dat het contact heeft met de aanvaller.`
  },
  {
    title: 'Belastingdienst krijgt meer zicht op cryptobezit door Europese meldplicht',
    standfirst: 'Cryptoplatforms moeten gegevens van klanten gaan doorgeven aan de fiscus. Wie zijn crypto niet aangeeft, loopt een groter risico betrapt te worden.',
    tags: ['regulering', 'economie', 'bitcoin'],
    authors: ['joris-verbeek'],
    hoursAgo: 194,
    image: {
      motif: 'law',
      alt: 'Illustratie van een belastingformulier met een bitcoinsymbool en een vergrootglas',
      caption: 'Crypto valt in Nederland in box 3.',
      credit: 'Beeld: redactie'
    },
    seo: {
      title: 'Belastingdienst krijgt meer zicht op crypto',
      description: 'Door een Europese meldplicht moeten cryptoplatforms klantgegevens doorgeven aan de Belastingdienst. Wat betekent dat voor uw aangifte?'
    },
    body: `Cryptoplatforms die in de Europese Unie actief zijn, moeten gegevens over hun klanten gaan delen met de belastingdienst. Dat volgt uit een Europese richtlijn over administratieve samenwerking, in de wandelgangen DAC8 genoemd. Voor Nederlanders met crypto betekent dat: de Belastingdienst krijgt veel beter zicht op wat ze bezitten.

## Wat wordt er gedeeld?

Platforms moeten onder meer de volgende gegevens doorgeven:

- naam, adres en fiscaal identificatienummer van de klant;
- de soorten crypto die iemand heeft gekocht of verkocht;
- de totale waarde van transacties per jaar;
- overboekingen naar externe wallets.

De belastingdiensten van de lidstaten wisselen die gegevens onderling uit. Wie crypto heeft bij een buitenlands platform, wordt dus ook zichtbaar voor de Nederlandse fiscus.

## Box 3

In Nederland valt crypto in box 3, net als spaargeld en beleggingen. Belastingplichtigen moeten de waarde van hun crypto op 1 januari opgeven in hun aangifte. Uit onderzoek blijkt dat lang niet iedereen dat doet, al is het onbekend om hoeveel mensen het precies gaat.

> Veel mensen denken dat crypto anoniem is en dat de Belastingdienst er niet bij kan. Dat beeld klopt al lang niet meer, en straks helemaal niet.
> — Roel Snijders, fiscalist bij adviesbureau Snijders Belastingadvies

## Vrijwillig verbeteren

Fiscalisten raden mensen die hun crypto in het verleden niet hebben opgegeven aan om dat alsnog te doen. Wie dat uit eigen beweging doet, voordat de Belastingdienst zelf aan de bel trekt, kan in veel gevallen een lagere boete krijgen.

Voor cryptoplatforms betekent de meldplicht extra administratief werk. Volgens branchevereniging Crypto Lage Landen zijn de meeste grote aanbieders er inmiddels op voorbereid.`
  },
  {
    title: 'Delftse start-up Stroomwijs voorspelt netcongestie met AI-model',
    standfirst: 'Netbeheerders kunnen dankzij het model uren van tevoren zien waar het stroomnet overbelast dreigt te raken. Een eerste proef levert veelbelovende resultaten op.',
    tags: ['ai', 'tech'],
    authors: ['priya-ramdin'],
    hoursAgo: 206,
    image: {
      motif: 'energy',
      alt: 'Illustratie van hoogspanningsmasten met daaroverheen een netwerk van lichtgevende punten',
      caption: 'Het stroomnet zit op veel plekken in Nederland vol.',
      credit: 'Illustratie: Newsdesk'
    },
    body: `Het Delftse bedrijf Stroomwijs heeft een AI-model ontwikkeld dat voorspelt waar en wanneer het stroomnet overbelast dreigt te raken. In een proef bij een regionale netbeheerder wist het model overbelasting gemiddeld zes uur van tevoren te voorspellen.

## Vol stroomnet

Netcongestie is een van de grootste problemen voor de Nederlandse energietransitie. Op veel plekken kunnen bedrijven geen nieuwe aansluiting krijgen of hun verbruik niet uitbreiden, omdat het net vol zit. Ook zonneparken kunnen hun stroom soms niet kwijt.

Netbeheerders proberen de capaciteit slimmer te gebruiken, bijvoorbeeld door afspraken te maken met grote verbruikers om op drukke momenten minder stroom af te nemen. Daarvoor moeten ze wel weten wanneer die drukke momenten zich voordoen.

## Weer, agenda’s en historische data

Het model combineert verschillende bronnen: weersverwachtingen, historische verbruiksgegevens, feestdagen en schoolvakanties, en gegevens van laadpalen en zonnepanelen. Op basis daarvan maakt het een voorspelling per wijk of bedrijventerrein.

> Een netbeheerder die weet dat het morgen om vijf uur krap wordt, kan daar vandaag al afspraken over maken. Dat is veel goedkoper dan op het laatste moment ingrijpen.
> — Mila Jacobs, oprichter van Stroomwijs

## Nog geen wondermiddel

Deskundigen benadrukken dat betere voorspellingen het fundamentele probleem niet oplossen: er moet simpelweg meer netcapaciteit bij. Maar zolang die uitbreiding jaren duurt, kan slimmer gebruik van het bestaande net volgens hen veel opleveren.

Stroomwijs haalde onlangs 4 miljoen euro op bij investeerders, onder wie Kanaal Capital. Het bedrijf wil het model volgend jaar bij meer netbeheerders in Nederland en België uitrollen. Ook grote energiegebruikers, zoals tuinders en fabrieken, tonen interesse.`
  },
  {
    title: 'Altcoinseizoen blijft uit: aandeel van bitcoin in cryptomarkt loopt op',
    standfirst: 'De bitcoindominantie steeg naar 61 procent. Kleinere munten blijven achter, ondanks optimistische voorspellingen van handelaren.',
    tags: ['altcoins', 'bitcoin', 'defi'],
    authors: ['daan-hoekstra'],
    hoursAgo: 218,
    image: {
      motif: 'coins',
      alt: 'Illustratie van een grote oranje munt die boven een groep kleinere gekleurde munten uittorent',
      caption: 'Bitcoin blijft de markt domineren.',
      credit: 'Illustratie: Newsdesk'
    },
    body: `Het altcoinseizoen waar veel handelaren op hopen, laat op zich wachten. Het aandeel van bitcoin in de totale waarde van de cryptomarkt is de afgelopen maand opgelopen tot 61 procent, het hoogste niveau in lange tijd. Kleinere munten blijven achter.

## Wat is bitcoindominantie?

De bitcoindominantie is het percentage van de totale marktwaarde van alle crypto dat voor rekening komt van bitcoin. Stijgt dat percentage, dan doet bitcoin het beter dan de rest van de markt. In het verleden volgde na een sterke bitcoinperiode vaak een fase waarin altcoins hard stegen: het zogeheten altcoinseizoen.

## Waarom blijft het uit?

Analisten noemen verschillende verklaringen:

1. Institutionele beleggers kopen vooral bitcoin, via ETF’s en andere beleggingsproducten.
2. Het aantal tokens is explosief gegroeid, waardoor nieuw geld over veel meer munten wordt verdeeld.
3. Veel altcoins hebben te maken met grote hoeveelheden tokens die vrijkomen voor vroege investeerders.
4. In DeFi is de activiteit lager dan in eerdere opgaande markten.

> Het idee dat geld automatisch van bitcoin naar altcoins stroomt, is achterhaald. De markt is veel groter en gefragmenteerder geworden.
> — Femke Rutgers, hoofd research bij Kanaal Capital

## Uitzonderingen

Er zijn uitzonderingen. Een klein aantal grote altcoins met veel gebruik en een sterke positie bij beurzen doet het redelijk. De meeste kleinere munten staan echter ver onder hun hoogtepunt van eerdere jaren.

Voor beleggers betekent dit dat spreiden over veel verschillende munten niet automatisch loont. Analisten raden aan vooral te kijken naar munten met daadwerkelijk gebruik en een duidelijke verdeling van tokens. Wie meer wil weten over hoe tokenverdeling werkt, kan terecht in onze [uitleg over tokenomics](https://example.nl/newsdesk/uitleg/tokenomics).`
  }
]
