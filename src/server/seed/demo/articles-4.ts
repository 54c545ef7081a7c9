import type { DemoArticle } from './types.js'

export const demoArticles4: DemoArticle[] = [
  {
    title: 'Validators op Ethereum kampen met langere wachtrij om te stoppen met staken',
    standfirst: 'Wie zijn ingezette ether wil opnemen, moet daar inmiddels meerdere dagen op wachten. Volgens analisten zegt dat weinig over het sentiment.',
    tags: ['ethereum', 'defi'],
    authors: ['fatima-el-amrani'],
    hoursAgo: 438,
    image: {
      motif: 'ethereum',
      alt: 'Illustratie van een rij kleine ethereumsymbolen die voor een poort staan te wachten',
      caption: 'Het netwerk laat per dag maar een beperkt aantal validators vertrekken.',
      credit: 'Illustratie: Newsdesk'
    },
    body: `Validators die willen stoppen met het beveiligen van het Ethereum-netwerk, moeten daar momenteel langer op wachten dan gebruikelijk. De wachtrij om uit te stappen is opgelopen tot ruim zes dagen, blijkt uit gegevens van dataplatform Ketenmeter.

## Waarom een wachtrij?

Het Ethereum-netwerk laat niet onbeperkt validators tegelijk vertrekken. Dat is een bewuste keuze: als in korte tijd heel veel ether wordt opgenomen, zou de veiligheid van het netwerk in gevaar kunnen komen. Daarom mag per tijdseenheid maar een beperkt aantal validators in- of uitstappen.

Wanneer veel validators tegelijk willen vertrekken, ontstaat een wachtrij. Dat gebeurt bijvoorbeeld als een grote partij besluit haar validators anders in te richten.

## Geen paniek

Analisten waarschuwen ervoor de wachtrij niet direct te zien als een teken dat beleggers massaal ether willen verkopen. De oorzaken zijn vaak technisch of organisatorisch:

- Grote aanbieders verplaatsen validators naar een andere dienstverlener.
- Stakers wisselen van liquid-stakingprotocol omdat het rendement elders hoger is.
- Sommige validators stappen over naar restaking.
- Een deel van de deelnemers wil daadwerkelijk ether verkopen of anders inzetten.

> Een lange uitstapwachtrij klinkt dramatisch, maar het grootste deel van die ether komt binnen een paar weken gewoon weer terug in staking, alleen bij een andere partij.
> — Yara Smits, analist bij Dijkstra Digital Assets

## Gevolgen voor liquid staking

Voor gebruikers van liquid-stakingtokens kan een lange wachtrij wel gevolgen hebben. Zij kunnen hun token inruilen voor gewone ether op een gedecentraliseerde beurs, maar als veel mensen dat tegelijk willen, ontstaat er een kleine korting. Die lag de afgelopen dagen rond de 0,3 procent.

Ook de instapwachtrij is overigens niet leeg. Er staan op dit moment evenveel validators te wachten om te beginnen als om te stoppen, wat erop wijst dat de belangstelling voor staking op peil blijft.`
  },
  {
    title: 'Nederlandse economie groeit in derde kwartaal sneller dan verwacht',
    standfirst: 'De groei kwam uit op 0,5 procent, vooral dankzij hogere consumentenbestedingen. Economen waarschuwen dat de vooruitzichten onzeker blijven.',
    tags: ['economie'],
    authors: ['marieke-van-den-berg'],
    hoursAgo: 452,
    image: {
      motif: 'chart-up',
      alt: 'Illustratie van een staafdiagram in oranje en blauw met een licht stijgende trendlijn',
      caption: 'Consumenten gaven het afgelopen kwartaal meer uit.',
      credit: 'Illustratie: Newsdesk'
    },
    body: `De Nederlandse economie is in het derde kwartaal met 0,5 procent gegroeid ten opzichte van het kwartaal ervoor. Dat blijkt uit een eerste raming van het Centraal Bureau voor de Statistiek. Economen hadden gerekend op een groei van 0,3 procent.

## Consumenten geven meer uit

De groei komt vooral van de consument. Huishoudens gaven meer uit aan diensten, zoals horeca en recreatie, en aan duurzame goederen zoals auto’s en meubels. Dat hangt samen met de gestegen lonen: de koopkracht van veel huishoudens is het afgelopen jaar verbeterd.

Ook de overheid droeg bij aan de groei, onder meer door hogere uitgaven aan zorg en defensie. De investeringen van bedrijven bleven daarentegen achter.

> De consument houdt de economie overeind. Maar bedrijven zijn terughoudend met investeren, en dat is op langere termijn zorgelijk.
> — Hanneke Bosman, hoofdeconoom bij Kanaal Capital

## Export onder druk

De export stond het afgelopen kwartaal onder druk. Nederlandse bedrijven verkochten minder aan het buitenland, vooral aan Duitsland, de belangrijkste handelspartner. Ook de onzekerheid over handelstarieven tussen grote economieën speelde volgens ondernemers een rol.

## Vooruitzichten

Voor het vierde kwartaal verwachten economen een vergelijkbare of iets lagere groei. De werkloosheid blijft laag, wat de consumentenbestedingen ondersteunt. Tegelijk kampen veel sectoren nog altijd met personeelstekorten, wat de groei kan afremmen.

De cijfers zijn een eerste raming en kunnen later worden bijgesteld wanneer meer gegevens beschikbaar zijn. Over het hele jaar komt de groei naar verwachting uit op iets boven de 1,5 procent, iets hoger dan eerder werd gedacht.

Voor de ECB zijn de Nederlandse cijfers maar een klein onderdeel van het totaalbeeld. In de eurozone als geheel was de groei het afgelopen kwartaal bescheiden.`
  },
  {
    title: 'Nederlanders kiezen steeds vaker voor een refurbished smartphone',
    standfirst: 'Bijna een op de vijf verkochte toestellen is inmiddels gebruikt en opgeknapt. Prijs en duurzaamheid zijn de belangrijkste redenen.',
    tags: ['tech', 'economie'],
    authors: ['priya-ramdin'],
    hoursAgo: 466,
    image: {
      motif: 'phone',
      alt: 'Illustratie van drie smartphones naast elkaar met een groen kringloopsymbool',
      caption: 'Opgeknapte telefoons zijn vaak honderden euro’s goedkoper.',
      credit: 'Beeld: redactie'
    },
    body: `Steeds meer Nederlanders kopen een refurbished smartphone: een gebruikt toestel dat is nagekeken, opgeknapt en opnieuw wordt verkocht. Volgens marktonderzoeker Telefoonmeter was het afgelopen jaar bijna een op de vijf verkochte smartphones refurbished. Vijf jaar geleden was dat nog minder dan een op de tien.

## Waarom refurbished?

De belangrijkste redenen die kopers noemen:

- De prijs: een refurbished toestel is vaak 30 tot 50 procent goedkoper dan nieuw.
- Duurzaamheid: er zijn geen nieuwe grondstoffen nodig voor de productie.
- Nieuwe toestellen bieden weinig vernieuwing ten opzichte van modellen van een paar jaar oud.
- Verkopers bieden steeds vaker een garantie van een of twee jaar.

## Kwaliteit verschilt

Wel is het goed om op te letten bij aankoop. De kwaliteit van refurbished toestellen verschilt per verkoper. Consumentenorganisaties adviseren te letten op de conditie van de batterij, de duur van de garantie en of het toestel nog software-updates krijgt.

> Een telefoon van drie jaar oud is technisch prima, zolang de batterij goed is en er nog beveiligingsupdates komen. Dat laatste wordt vaak vergeten.
> — Nina Verhoeven, productexpert bij Telefoonmeter

## Europese regels helpen

Volgens de branche helpen Europese regels de markt een handje. Zo moeten fabrikanten toestellen langer van software-updates voorzien en moeten onderdelen, zoals batterijen, makkelijker te vervangen zijn. Daardoor gaan telefoons langer mee en zijn ze beter op te knappen.

Voor fabrikanten en telecomaanbieders is de trend een uitdaging. Zij verdienen vooral aan de verkoop van nieuwe toestellen en abonnementen. Steeds meer aanbieders spelen erop in door zelf refurbished toestellen aan te bieden, al dan niet in combinatie met een abonnement.

Ook de gemiddelde gebruiksduur van een smartphone neemt toe. Nederlanders doen inmiddels gemiddeld bijna vier jaar met hun toestel, blijkt uit het onderzoek.`
  },
  {
    title: 'Handelaren jagen op nieuwe layer-1-tokens, maar liquiditeit blijft dun',
    standfirst: 'Nieuwe blockchains trekken met hoge beloningen gebruikers aan. Analisten waarschuwen dat de koersen van de bijbehorende tokens kwetsbaar zijn.',
    tags: ['altcoins', 'defi'],
    authors: ['daan-hoekstra'],
    hoursAgo: 480,
    image: {
      motif: 'coins',
      alt: 'Illustratie van nieuwe glimmende munten op een dunne, wankele ondergrond',
      caption: 'Nieuwe tokens zijn vaak slechts op een paar plekken te verhandelen.',
      credit: 'Illustratie: Newsdesk'
    },
    body: `Een handvol nieuwe blockchains, zogeheten layer-1-netwerken, trekt de afgelopen weken veel aandacht van handelaren. De tokens van deze netwerken lieten soms stijgingen van honderden procenten zien. Analisten waarschuwen echter dat de handel op veel plekken erg dun is.

## Beloningen lokken gebruikers

Nieuwe netwerken proberen gebruikers en ontwikkelaars aan te trekken met beloningsprogramma’s. Wie geld naar het netwerk brengt of er applicaties gebruikt, krijgt punten die later kunnen worden omgezet in tokens. Dat zorgt aanvankelijk voor veel activiteit.

## Dunne markt

Het probleem is dat er vaak maar een klein deel van de tokens daadwerkelijk verhandelbaar is. Het grootste deel ligt bij het team en vroege investeerders. Daardoor kan een relatief kleine koop- of verkooporder de koers flink bewegen.

> Als je een token hebt waarvan maar 10 procent vrij verhandelbaar is, zegt de marktwaarde weinig. Eén grote verkoper kan de koers in een paar minuten halveren.
> — Femke Rutgers, hoofd research bij Kanaal Capital

Volgens analisten is het bovendien de vraag hoeveel van de activiteit op de nieuwe netwerken blijvend is. Veel gebruikers zijn vooral uit op beloningen en vertrekken zodra die stoppen. Eerdere netwerken zagen hun activiteit na afloop van zulke programma’s sterk dalen.

## Zoektocht naar onderscheid

De nieuwe netwerken proberen zich te onderscheiden met snelheid, lage kosten of een specifieke toepassing, zoals betalingen of games. Maar de concurrentie is groot: er zijn inmiddels tientallen netwerken die vergelijkbare beloftes doen.

Wie wil instappen, doet er volgens analisten goed aan te letten op de verdeling van tokens, het aantal echte gebruikers en de plekken waar een token verhandeld kan worden. Een notering op een paar kleine beurzen is een teken van een kwetsbare markt. Zoals altijd geldt: beleg alleen met geld dat u kunt missen.`
  },
  {
    title: 'Brusselse start-up wil voedselfraude bestrijden met blockchain en sensoren',
    standfirst: 'Het bedrijf volgt producten als olijfolie en honing van boer tot supermarkt. Elke stap wordt vastgelegd in een gedeeld register.',
    tags: ['blockchain', 'tech'],
    authors: ['wouter-claes'],
    hoursAgo: 495,
    image: {
      motif: 'chain',
      alt: 'Illustratie van een keten van blokken die een olijftak met een winkelschap verbindt',
      caption: 'Elke schakel in de keten wordt digitaal vastgelegd.',
      credit: 'Illustratie: Newsdesk'
    },
    body: `De Brusselse start-up Oorsprong wil voedselfraude aanpakken met een combinatie van blockchain en sensoren. Het bedrijf volgt producten als olijfolie, honing en koffie van de producent tot in de supermarkt. Elke stap in de keten wordt vastgelegd in een register dat niet achteraf kan worden aangepast.

## Een groot probleem

Voedselfraude komt vaker voor dan veel consumenten denken. Olijfolie wordt aangelengd met goedkopere oliesoorten, honing wordt vermengd met suikerstroop en de herkomst van producten wordt soms vervalst. Dat kost eerlijke producenten geld en kan gevaarlijk zijn voor mensen met allergieën.

## Sensoren en registers

Oorsprong werkt met sensoren die onder meer temperatuur en samenstelling meten op verschillende punten in de keten. Die metingen worden automatisch vastgelegd. Consumenten kunnen met hun telefoon een code op de verpakking scannen en zien waar het product vandaan komt en welke route het heeft afgelegd.

> Een etiket kan iedereen drukken. Maar een reeks metingen die onderweg automatisch is vastgelegd, is veel moeilijker te vervalsen.
> — Sarah Lambrechts, medeoprichter van Oorsprong

## Kritische vragen

Experts in voedselveiligheid zijn positief over het idee, maar plaatsen ook kanttekeningen. Een blockchain garandeert dat gegevens niet achteraf worden veranderd, maar niet dat de gegevens bij invoer kloppen. Als iemand aan het begin van de keten fraudeert, zal het systeem dat niet altijd opmerken.

Oorsprong erkent dat en combineert de registratie daarom met steekproeven in laboratoria. Volgens het bedrijf maakt de combinatie het voor fraudeurs veel lastiger en duurder om hun gang te gaan.

De start-up werkt inmiddels samen met een Belgische supermarktketen en een aantal importeurs. Een investeringsronde van 3,5 miljoen euro werd onlangs afgerond, met onder meer Schelde Ventures als investeerder.`
  },
  {
    title: 'DNB scherpt toezicht aan op integriteitsrisico’s bij cryptobewaarders',
    standfirst: 'De toezichthouder verwacht van bewaarders dat ze transacties beter controleren op witwassen. Uit een onderzoek bleken er bij meerdere partijen tekortkomingen.',
    tags: ['regulering', 'bitcoin'],
    authors: ['joris-verbeek'],
    hoursAgo: 510,
    updatedHoursAfter: 6,
    image: {
      motif: 'bank',
      alt: 'Illustratie van een kluisdeur met daarin een digitaal slot en munten',
      caption: 'Bewaarders beheren crypto namens hun klanten.',
      credit: 'Beeld: redactie'
    },
    body: `De Nederlandsche Bank (DNB) scherpt haar toezicht aan op partijen die crypto bewaren namens klanten. Uit een themaonderzoek bij een aantal bewaarders bleek dat zij transacties niet altijd goed genoeg controleren op witwassen en andere integriteitsrisico’s.

## Wat ging er mis?

DNB onderzocht de afgelopen maanden hoe bewaarders hun klanten en transacties controleren. De toezichthouder stuitte daarbij op verschillende tekortkomingen:

- Klanten werden bij de start onvoldoende gecontroleerd, vooral zakelijke klanten met ingewikkelde structuren.
- Transacties naar risicovolle adressen, zoals mixers, werden niet altijd opgemerkt.
- Meldingen van ongebruikelijke transacties werden te laat gedaan.
- Interne controles waren bij kleinere partijen onvoldoende ingericht.

> Bewaarders zijn een belangrijke poortwachter. Als zij hun werk niet goed doen, wordt de cryptosector een aantrekkelijke route voor criminelen. Dat willen we voorkomen.
> — Marloes Dekker, afdelingshoofd integriteitstoezicht bij DNB

## Geen namen

DNB maakt niet bekend om welke partijen het gaat. De toezichthouder heeft de betrokken bedrijven individueel aangesproken en verwacht dat de tekortkomingen **binnen een halfjaar** zijn opgelost. Daarna volgt een nieuwe controle. Als bedrijven dan nog steeds tekortschieten, kan DNB maatregelen nemen, zoals een aanwijzing of een boete.

## Reactie uit de sector

Branchevereniging Crypto Lage Landen zegt de bevindingen serieus te nemen. Volgens de vereniging investeren de meeste leden fors in systemen om transacties te controleren, maar is de techniek voor het volgen van crypto complex en verandert die snel.

De aangescherpte aanpak sluit aan bij Europese regels, waardoor cryptobedrijven bij overboekingen gegevens over de verzender en ontvanger moeten meesturen. Die regel moet het makkelijker maken om verdachte transacties te traceren.

*Dit artikel is bijgewerkt met de reactie van Crypto Lage Landen.*`
  },
  {
    title: 'Bitcoin stijgt naar recordhoogte boven 95.000 euro na sterke ETF-instroom',
    standfirst: 'In drie dagen tijd stroomde ruim 3 miljard dollar de Amerikaanse bitcoin-ETF’s in. De koers brak door een niveau waar maandenlang weerstand lag.',
    tags: ['bitcoin'],
    authors: ['daan-hoekstra'],
    hoursAgo: 523,
    featured: true,
    image: {
      motif: 'chart-up',
      alt: 'Illustratie van een oranje koerslijn die door een horizontaal plafond heen breekt',
      caption: 'Bitcoin brak door een niveau waar lange tijd weerstand lag.',
      credit: 'Illustratie: Newsdesk'
    },
    seo: {
      title: 'Bitcoin naar recordhoogte boven 95.000 euro',
      description: 'Na een sterke instroom in bitcoin-ETF’s brak de koers door de 95.000 euro. Wat drijft de stijging en wat zeggen analisten?'
    },
    body: `Bitcoin heeft een nieuwe recordhoogte bereikt. De koers steeg vandaag tot ruim 95.000 euro, het hoogste niveau ooit gemeten in euro’s. In dollars werd eveneens een record neergezet. De stijging volgt op drie dagen met zeer sterke instroom in de Amerikaanse spot-bitcoin-ETF’s.

## Miljarden naar ETF’s

Volgens dataplatform Ketenmeter stroomde er in drie handelsdagen ruim 3 miljard dollar de fondsen in. Dat is een van de sterkste periodes sinds de introductie van de ETF’s.

- Instroom dag 1: 870 miljoen dollar
- Instroom dag 2: 1,18 miljard dollar
- Instroom dag 3: 1,02 miljard dollar

Analisten wijzen erop dat een deel van het geld afkomstig is van grote vermogensbeheerders die bitcoin voor het eerst in hun modelportefeuilles opnemen.

::x https://x.com/dijkstradigital/status/1856123456789012345 | Dijkstra Digital Assets | @dijkstradigital | Nieuwe ATH in euro’s. ETF-instroom is de motor, maar let ook op de funding rates: die lopen snel op. | 2026-11-04

## Doorbraak van weerstand

Technisch gezien is de stijging belangrijk, omdat de koers door een niveau brak waar de afgelopen maanden steeds weer verkopers opdoken. Handelaren spreken van een doorbraak die ruimte kan bieden voor verdere stijging.

> Dit is de instroom waar de markt maanden op heeft gewacht. De vraag is nu of die aanhoudt, of dat het een eenmalige golf is na de recente herschikking van portefeuilles.
> — Bram Kuiper, analist bij Dijkstra Digital Assets

## Waarschuwingen

Niet iedereen is onverdeeld positief. De financieringskosten op de futuresmarkt, een graadmeter voor het gebruik van hefboom, zijn snel opgelopen. Dat maakt de markt kwetsbaar voor een scherpe correctie als het sentiment omslaat.

Ook andere cryptomunten profiteerden van de stijging. Ether steeg 5 procent, de totale cryptomarkt won ongeveer 4 procent. Het handelsvolume op Europese beurzen lag ruim boven het gemiddelde van de afgelopen maand.`
  },
  {
    title: 'Europees open-sourcemodel evenaart grote Amerikaanse concurrenten op benchmarks',
    standfirst: 'Het model van Lumenveld Labs presteert op veel standaardtests vergelijkbaar met gesloten modellen. Experts zijn enthousiast, maar waarschuwen voor blind vertrouwen in benchmarks.',
    tags: ['ai'],
    authors: ['priya-ramdin'],
    hoursAgo: 538,
    image: {
      motif: 'chip',
      alt: 'Illustratie van een open doos waaruit een netwerk van verbonden punten opstijgt',
      caption: 'Het model is vrij te downloaden en aan te passen.',
      credit: 'Illustratie: Newsdesk'
    },
    body: `Het Europese AI-bedrijf Lumenveld Labs heeft een nieuw taalmodel uitgebracht dat op een reeks standaardtests vergelijkbaar presteert met de beste gesloten modellen van Amerikaanse techbedrijven. Het model is open source: iedereen kan het downloaden, gebruiken en aanpassen.

## Open tegenover gesloten

In de AI-wereld woedt al jaren een discussie tussen voorstanders van open en gesloten modellen. Bij gesloten modellen hebben gebruikers alleen toegang via een dienst van het bedrijf dat het model maakte. Open modellen kunnen op eigen hardware draaien en worden vrij gedeeld.

Voorstanders van open modellen wijzen op transparantie en onafhankelijkheid. Critici vrezen dat krachtige open modellen makkelijker kunnen worden misbruikt.

> Voor Europese bedrijven en overheden is dit een belangrijk moment. Ze kunnen nu een model van topniveau gebruiken zonder afhankelijk te zijn van een Amerikaanse dienst.
> — Floor Kuipers, AI-onderzoeker en adviseur van Lumenveld Labs

## Benchmarks zeggen niet alles

Experts wijzen erop dat benchmarks, de standaardtests waarmee AI-modellen worden vergeleken, maar een beperkt beeld geven. Modellen kunnen onbedoeld zijn getraind op vragen die in de tests voorkomen, waardoor ze beter lijken dan ze zijn. In de praktijk blijkt pas echt hoe goed een model is.

Eerste gebruikers zijn wel positief, vooral over de prestaties in Europese talen, waaronder het Nederlands. Het model scoort daar volgens testers duidelijk beter dan eerdere open modellen.

## Grote hardware nodig

Een kanttekening: de grootste versie van het model vraagt zeer krachtige hardware. Voor de meeste bedrijven is het daardoor alleen bruikbaar via een clouddienst. Lumenveld Labs brengt daarom ook kleinere varianten uit die op een enkele krachtige server kunnen draaien.

Het bedrijf verdient geld met ondersteuning, maatwerk en een betaalde clouddienst. Eerder dit jaar haalde het ruim 300 miljoen euro op bij Europese investeerders.`
  },
  {
    title: 'Transactiekosten op Ethereum dalen naar laagste niveau in jaren',
    standfirst: 'Een eenvoudige overboeking kost op het hoofdnetwerk nog maar enkele centen. Vooral kunstenaars en NFT-makers maken daar dankbaar gebruik van.',
    tags: ['ethereum', 'nft'],
    authors: ['fatima-el-amrani'],
    hoursAgo: 552,
    image: {
      motif: 'ethereum',
      alt: 'Illustratie van een ethereumsymbool boven een dalende meter met kleine muntjes',
      caption: 'De kosten op het hoofdnetwerk zijn fors gedaald.',
      credit: 'Illustratie: Newsdesk'
    },
    body: `De transactiekosten op het hoofdnetwerk van Ethereum zijn gedaald tot het laagste niveau in jaren. Een eenvoudige overboeking van ether kost op rustige momenten nog maar enkele eurocenten. Een paar jaar geleden was dat in drukke periodes soms tientallen euro’s.

## Waarom zijn de kosten zo laag?

Er zijn verschillende oorzaken voor de daling:

- Veel activiteit is verhuisd naar layer-2-netwerken, waardoor het hoofdnetwerk minder druk is.
- Netwerkupgrades hebben de capaciteit van het hoofdnetwerk vergroot.
- De handel in DeFi en memecoins ligt lager dan in drukke marktperiodes.
- Validators hebben de gaslimiet in stappen verhoogd.

## Kansen voor NFT-makers

Van de lage kosten profiteren onder meer kunstenaars en makers van NFT’s. Het aanmaken van een NFT op het hoofdnetwerk, vroeger vaak te duur voor kleine projecten, kost nu weinig meer dan een kop koffie. Verschillende kunstenaars brengen hun werk daarom weer direct op Ethereum uit in plaats van op een goedkoper netwerk.

> Voor mij voelt het hoofdnetwerk nog altijd als de plek waar je werk echt blijvend is vastgelegd. Dat kon ik me tot voor kort gewoon niet veroorloven.
> — Jesse Mertens, digitaal kunstenaar uit Arnhem

## Keerzijde voor ether

De lage kosten hebben ook een keerzijde. Een deel van de transactiekosten wordt op Ethereum vernietigd, waardoor de totale hoeveelheid ether kan dalen. Bij lage kosten wordt er minder vernietigd, en groeit het aanbod van ether licht.

Sommige beleggers zien dat als een risico voor de waarde van ether. Anderen wijzen erop dat lage kosten juist nieuwe gebruikers aantrekken, wat op termijn goed is voor het netwerk. Volgens ontwikkelaars is het doel van Ethereum een toegankelijk netwerk, niet het hoog houden van de kosten.`
  },
  {
    title: 'Contant geld verder op retour: pinnen en mobiel betalen worden de norm',
    standfirst: 'Nog maar een op de tien aankopen in winkels wordt contant afgerekend. Toch waarschuwen deskundigen voor het verdwijnen van cash als terugvaloptie.',
    tags: ['tech', 'economie'],
    authors: ['marieke-van-den-berg'],
    hoursAgo: 566,
    image: {
      motif: 'phone',
      alt: 'Illustratie van een smartphone boven een betaalterminal met kleine contactloze golven',
      caption: 'Mobiel betalen groeit snel.',
      credit: 'Illustratie: Newsdesk'
    },
    body: `Contant geld wordt in Nederland steeds minder gebruikt. Volgens nieuwe cijfers van betaalplatform Lage Landen Pay wordt nog maar ongeveer 10 procent van de aankopen in fysieke winkels met contant geld betaald. Mobiel betalen met de telefoon of een smartwatch groeit juist hard.

## Mobiel in opmars

Van alle pinbetalingen wordt inmiddels meer dan een derde gedaan met een telefoon of smartwatch. Vooral jongeren betalen bijna uitsluitend mobiel. Bij ouderen is de pinpas nog altijd het populairst, maar ook daar neemt mobiel betalen toe.

> Voor veel jongeren is een portemonnee iets uit de tijd van hun ouders. Ze hebben hun telefoon altijd bij zich, dus betalen ze daarmee.
> — Tom Willems, onderzoeker bij Lage Landen Pay

## Cash als vangnet

Tegelijk groeit de bezorgdheid over de gevolgen van het verdwijnen van contant geld. Bij een grote storing in het betalingsverkeer of een cyberaanval is contant geld een belangrijke terugvaloptie. Ook voor mensen die moeite hebben met digitale betaalmiddelen, zoals sommige ouderen en mensen met een beperking, is cash belangrijk.

Nederlandse banken hebben eerder afspraken gemaakt over de bereikbaarheid van geldautomaten en de acceptatie van contant geld. Toch merken consumenten dat steeds meer winkels en horecazaken alleen nog pin accepteren.

## Digitale euro

De discussie over contant geld speelt ook in Europees verband. De ECB werkt aan plannen voor een digitale euro, die naast contant geld zou moeten bestaan. Voorstanders zien daarin een publiek alternatief voor digitale betaalmiddelen van private bedrijven. Critici vrezen voor de privacy van gebruikers.

Volgens deskundigen is het belangrijk dat contant geld, wat er ook gebeurt, beschikbaar blijft. Zij pleiten voor duidelijke regels over de acceptatie van cash, vooral voor essentiële zaken als boodschappen en medicijnen.`
  },
  {
    title: 'Gedecentraliseerde beurzen winnen marktaandeel van centrale handelsplatforms',
    standfirst: 'Bijna een vijfde van de spothandel in crypto vindt inmiddels plaats op gedecentraliseerde beurzen. Lage kosten en een snellere ervaring spelen een rol.',
    tags: ['defi', 'altcoins'],
    authors: ['fatima-el-amrani'],
    hoursAgo: 580,
    image: {
      motif: 'chain',
      alt: 'Illustratie van een netwerk van verbonden knooppunten zonder centraal middelpunt',
      caption: 'Op een gedecentraliseerde beurs handelen gebruikers rechtstreeks vanuit hun wallet.',
      credit: 'Illustratie: Newsdesk'
    },
    body: `Gedecentraliseerde beurzen, in de sector DEX’en genoemd, nemen een steeds groter deel van de cryptohandel voor hun rekening. Volgens dataplatform Ketenmeter vond het afgelopen kwartaal bijna 20 procent van de spothandel in crypto plaats op zo’n beurs. Een jaar eerder was dat nog ongeveer 12 procent.

## Wat is een DEX?

Op een gedecentraliseerde beurs handelen gebruikers rechtstreeks vanuit hun eigen wallet. Er is geen bedrijf dat het geld van klanten bewaart. In plaats daarvan regelen smart contracts de handel. Vaak wordt gebruikgemaakt van liquiditeitspools: potten met tokens waaruit gebruikers kunnen kopen en waarin ze kunnen verkopen.

## Waarom de groei?

Volgens analisten zijn er meerdere verklaringen:

1. Door lage transactiekosten op layer-2-netwerken is handelen op een DEX goedkoper geworden.
2. Nieuwe tokens zijn vaak eerst of alleen op DEX’en verkrijgbaar.
3. Wallets zijn gebruiksvriendelijker geworden, met ingebouwde handelsfuncties.
4. Sommige handelaren willen na faillissementen van beurzen hun crypto liever zelf bewaren.

> Vroeger was een DEX iets voor techneuten. Nu zit de handelsknop gewoon in je wallet-app, en merk je nauwelijks nog verschil met een gewone beurs.
> — Daniël Vos, productontwikkelaar bij walletmaker Tulpwallet

## Risico’s

Toch kent handelen op een DEX eigen risico’s. Wie zijn eigen wallet beheert, is zelf verantwoordelijk voor de beveiliging. Een verloren herstelzin betekent verloren geld. Daarnaast komen er op DEX’en regelmatig frauduleuze tokens voor, die bijvoorbeeld niet meer te verkopen zijn nadat ze zijn gekocht.

Ook kunnen handelaren te maken krijgen met zogeheten front-running, waarbij anderen een grote order zien aankomen en daar vlak voor handelen. Verschillende DEX’en hebben maatregelen genomen om dat tegen te gaan.

Centrale beurzen blijven voorlopig dominant, vooral bij de handel in bitcoin en ether en bij het omwisselen van euro’s naar crypto.`
  },
  {
    title: 'Loonstijging vlakt af, maar koopkracht van huishoudens blijft overeind',
    standfirst: 'Cao-lonen stijgen minder hard dan vorig jaar. Omdat ook de inflatie daalt, houden werknemers er per saldo toch iets aan over.',
    tags: ['economie'],
    authors: ['marieke-van-den-berg'],
    hoursAgo: 595,
    image: {
      motif: 'chart-up',
      alt: 'Illustratie van twee lijnen, een voor lonen en een voor prijzen, die licht uit elkaar lopen',
      caption: 'De lonen stijgen iets harder dan de prijzen.',
      credit: 'Beeld: redactie'
    },
    body: `De lonen in Nederland stijgen minder hard dan vorig jaar. Nieuwe cao’s die de afgelopen maanden zijn afgesloten, leveren gemiddeld een loonsverhoging van 3,9 procent op, blijkt uit een analyse van salarisonderzoeker Loonwijzer Nederland. Vorig jaar lag dat nog boven de 5 procent.

## Toch meer koopkracht

Omdat de inflatie ook is gedaald, houden werknemers er per saldo toch iets aan over. Met een inflatie van rond de 3 procent stijgt de koopkracht voor veel werknemers met bijna een procent. Dat is minder dan vorig jaar, maar nog altijd positief.

> Na de hoge inflatie van een paar jaar geleden is het verlies aan koopkracht grotendeels goedgemaakt. Nu gaan we naar een periode van normalere loonstijgingen.
> — Hanneke Bosman, hoofdeconoom bij Kanaal Capital

## Verschillen per sector

Er zijn grote verschillen tussen sectoren. In de zorg, het onderwijs en de techniek, waar grote personeelstekorten zijn, worden hogere loonstijgingen afgesproken. In sectoren die het economisch moeilijker hebben, zoals delen van de industrie, blijft de stijging achter.

Ook binnen huishoudens verschilt het beeld. Mensen met een uitkering of alleen AOW zijn afhankelijk van de jaarlijkse indexering. Huurders merken daarnaast dat huurverhogingen een groot deel van hun loonstijging opslokken.

## Zorgen bij de ECB

Voor de ECB zijn de lonen een belangrijk aandachtspunt. Hoge loonstijgingen kunnen ervoor zorgen dat bedrijven hun prijzen blijven verhogen, vooral in de dienstensector. Een afvlakking van de loongroei maakt het voor de centrale bank makkelijker om de inflatie richting 2 procent te brengen.

Werkgeversorganisaties vinden de huidige loonafspraken aan de hoge kant, gezien de zwakke groei van de productiviteit. Vakbonden wijzen er juist op dat veel werknemers de afgelopen jaren fors koopkracht hebben ingeleverd en dat de winsten van bedrijven hoog zijn.`
  },
  {
    title: 'Twee Nederlandse voetbalclubs experimenteren opnieuw met digitale verzamelkaarten',
    standfirst: 'Na eerdere teleurstellende projecten kiezen de clubs nu voor een eenvoudigere aanpak zonder speculatie. Supporters krijgen kaarten cadeau bij hun seizoenkaart.',
    tags: ['nft', 'blockchain'],
    authors: ['fatima-el-amrani'],
    hoursAgo: 610,
    image: {
      motif: 'phone',
      alt: 'Illustratie van een smartphone met een digitale voetbalkaart en een stadion op de achtergrond',
      caption: 'De kaarten zijn te bewaren in de app van de club.',
      credit: 'Illustratie: Newsdesk'
    },
    body: `Twee Nederlandse profvoetbalclubs beginnen opnieuw met digitale verzamelkaarten op basis van NFT-technologie. Na eerdere projecten die uitliepen op teleurstelling, kiezen de clubs nu voor een andere aanpak: de kaarten worden niet verkocht, maar weggegeven aan seizoenkaarthouders.

## Lessen uit het verleden

Een paar jaar geleden brachten veel sportclubs wereldwijd NFT’s uit, vaak voor flinke bedragen. De waarde van veel van die digitale collectables kelderde later. Supporters voelden zich soms bedrogen, en clubs kregen kritiek dat ze hun fans lieten speculeren.

Deze keer is het anders, zeggen de clubs. De kaarten worden gratis uitgedeeld en kunnen alleen worden geruild tussen supporters, niet verkocht voor geld.

> We wilden iets doen voor onze supporters, niet aan ze verdienen. Als je na een wedstrijd een kaart krijgt van de speler die scoorde, is dat gewoon leuk.
> — Mark Hoogland, commercieel directeur van een van de deelnemende clubs

## Hoe werkt het?

Seizoenkaarthouders krijgen bij elke thuiswedstrijd een digitale kaart in de app van de club. Bijzondere momenten, zoals een hattrick of een overwinning in een derby, leveren zeldzamere kaarten op. Supporters die veel wedstrijden bezoeken, kunnen een complete collectie opbouwen en maken kans op prijzen zoals een rondleiding door het stadion.

De technologie blijft grotendeels onzichtbaar. Supporters hoeven geen wallet aan te maken en geen crypto te kopen. De kaarten worden wel op een blockchain vastgelegd, zodat supporters ze later eventueel naar een eigen wallet kunnen overzetten.

## Voorzichtige reacties

Supportersverenigingen reageren afwachtend maar niet negatief. Zij letten er vooral op dat de clubs zich aan de belofte houden dat er geen betaalde onderdelen bijkomen. De clubs evalueren het project aan het einde van het seizoen.`
  },
  {
    title: 'Vlaamse gemeenten onderzoeken blockchain voor transparante subsidieverlening',
    standfirst: 'Inwoners moeten kunnen zien welke verenigingen subsidie krijgen en waaraan het geld wordt besteed. Een eerste proef loopt in vijf gemeenten.',
    tags: ['blockchain', 'regulering'],
    authors: ['wouter-claes'],
    hoursAgo: 630,
    image: {
      motif: 'city',
      alt: 'Illustratie van een gemeentehuis met een klokkentoren en een keten van blokken eromheen',
      caption: 'De gemeenten willen subsidiestromen openbaar maken.',
      credit: 'Beeld: redactie'
    },
    body: `Vijf Vlaamse gemeenten zijn een proef gestart waarbij subsidies aan verenigingen via een blockchainplatform worden verstrekt en verantwoord. Inwoners kunnen via een openbare website zien welke organisaties geld krijgen, hoeveel en waarvoor.

## Transparantie als doel

Gemeenten verstrekken jaarlijks miljoenen euro’s aan subsidies aan sportclubs, culturele verenigingen en buurtinitiatieven. Hoe dat geld wordt verdeeld en besteed, is voor inwoners vaak moeilijk na te gaan. De deelnemende gemeenten willen daar verandering in brengen.

Het platform werkt als volgt:

- Een vereniging vraagt subsidie aan via het platform.
- Na goedkeuring wordt het bedrag vastgelegd en uitbetaald.
- De vereniging uploadt facturen en bewijsstukken van de uitgaven.
- Inwoners kunnen een overzicht van toegekende bedragen en besteding inzien.

## Privacy bewaakt

Persoonsgegevens komen niet op de blockchain. Alleen gegevens over de vereniging, het bedrag en het doel worden openbaar. Facturen worden opgeslagen in een afgeschermd systeem, met alleen een digitale vingerafdruk in het register.

## Kritiek van oppositie

In een aantal gemeenteraden leidt de proef tot discussie. Oppositiepartijen vragen zich af of een blockchain nodig is om subsidies transparant te maken. Een openbare lijst op de gemeentelijke website zou volgens hen hetzelfde resultaat opleveren, voor minder geld.

De initiatiefnemers wijzen erop dat een blockchain garandeert dat gegevens achteraf niet ongemerkt kunnen worden aangepast. Dat moet het vertrouwen van inwoners vergroten. De kosten van de proef bedragen ongeveer 180.000 euro, deels betaald uit een Vlaams innovatiefonds.

Na een jaar wordt de proef geëvalueerd. Als die positief uitvalt, willen de gemeenten het platform ook beschikbaar stellen aan andere lokale besturen in Vlaanderen.`
  },
  {
    title: 'Lightning-netwerk groeit: meer Nederlandse winkels accepteren bitcoinbetalingen',
    standfirst: 'Dankzij snellere en goedkopere betalingen via Lightning durven meer ondernemers bitcoin te accepteren. Het gaat nog wel om een kleine groep.',
    tags: ['bitcoin', 'tech'],
    authors: ['daan-hoekstra'],
    hoursAgo: 655,
    image: {
      motif: 'bitcoin',
      alt: 'Illustratie van een bliksemschicht boven een bitcoinmunt en een kleine winkelgevel',
      caption: 'Met Lightning is een bitcoinbetaling binnen enkele seconden rond.',
      credit: 'Illustratie: Newsdesk'
    },
    body: `Het aantal Nederlandse winkels en horecazaken dat bitcoin accepteert, groeit. Volgens een overzicht van betaaldienstverlener Bliksembetaal zijn het er inmiddels ruim vierhonderd, tegen ongeveer 250 een jaar geleden. Vrijwel al die ondernemers gebruiken het Lightning-netwerk.

## Wat is Lightning?

Lightning is een netwerk dat bovenop bitcoin is gebouwd. Het maakt snelle en goedkope betalingen mogelijk, zonder dat elke transactie direct op de bitcoinblockchain hoeft te worden vastgelegd. Een betaling is binnen enkele seconden rond en kost vaak minder dan een cent.

## Ondernemers aan het woord

Voor ondernemers zijn de lage kosten een belangrijk argument. Bij creditcardbetalingen betalen zij vaak enkele procenten transactiekosten. Bij een Lightning-betaling is dat een fractie.

> Het begon als een grapje met een paar vaste klanten die met bitcoin wilden betalen. Inmiddels doen we elke week tientallen transacties. En de kosten zijn lager dan bij de pin.
> — Rob Schouten, eigenaar van een koffiebar in Utrecht

Veel ondernemers laten de ontvangen bitcoin direct omzetten in euro’s. Zo lopen ze geen risico op koersschommelingen. Een kleiner deel houdt de bitcoin bewust aan.

## Nog altijd een niche

Ondanks de groei gaat het nog om een kleine niche. Van alle betalingen in de deelnemende winkels gebeurt gemiddeld maar een klein percentage met bitcoin. Het zijn vooral liefhebbers die er gebruik van maken.

Er zijn ook praktische drempels. Voor consumenten is het gebruik van een Lightning-wallet nog niet zo vanzelfsprekend als pinnen of betalen met de telefoon. Daarnaast moeten ondernemers rekening houden met de fiscale kant en met Europese regels voor cryptobetalingen.

Bliksembetaal verwacht dat het aantal ondernemers volgend jaar verder groeit, vooral in de horeca en bij webwinkels die zich richten op een internationaal publiek.`
  },
  {
    title: 'Toezichthouders willen meer zicht op algoritmes die de overheid gebruikt',
    standfirst: 'Nog lang niet alle AI-systemen bij overheden staan in het openbare algoritmeregister. Toezichthouders roepen op de registratie serieuzer te nemen.',
    tags: ['ai', 'regulering'],
    authors: ['priya-ramdin'],
    hoursAgo: 690,
    image: {
      motif: 'law',
      alt: 'Illustratie van een overheidsgebouw met daarboven een doorzichtig raster van beslisbomen',
      caption: 'Het algoritmeregister moet inzicht geven in het gebruik van AI door de overheid.',
      credit: 'Illustratie: Newsdesk'
    },
    body: `Overheidsorganisaties registreren nog lang niet al hun algoritmes en AI-systemen in het openbare algoritmeregister. Dat concluderen toezichthouders in een gezamenlijke rapportage. Zij roepen ministeries, gemeenten en uitvoeringsorganisaties op om de registratie serieuzer te nemen.

## Waarom een register?

Het algoritmeregister is bedoeld om burgers inzicht te geven in de manier waarop de overheid algoritmes gebruikt, bijvoorbeeld bij het beoordelen van aanvragen of het opsporen van fraude. Na eerdere schandalen, waarbij burgers onterecht als fraudeur werden aangemerkt, is er veel aandacht voor de risico’s van zulke systemen.

Uit de rapportage blijkt dat vooral systemen met een hoog risico nog onvoldoende zijn geregistreerd. Het gaat om toepassingen die grote gevolgen kunnen hebben voor burgers, zoals het toekennen van uitkeringen of het selecteren van dossiers voor extra controle.

> Een register is alleen nuttig als het volledig is. Burgers moeten erop kunnen vertrouwen dat ze kunnen zien welke systemen over hen beslissen.
> — Marieke Smulders, voorzitter van de werkgroep algoritmetoezicht

## De AI-verordening

Met de komst van de Europese AI-verordening wordt registratie voor een deel van de systemen verplicht. Overheden die AI-systemen met een hoog risico gebruiken, moeten die onder meer registreren in een Europese databank en een beoordeling maken van de gevolgen voor grondrechten.

## Capaciteit als knelpunt

Overheidsorganisaties geven aan dat het registreren tijd en kennis vraagt die niet altijd beschikbaar is. Vooral kleinere gemeenten weten vaak niet precies welke algoritmes er in hun software zitten, omdat die van externe leveranciers komen.

De toezichthouders willen daarom dat leveranciers verplicht worden om duidelijke informatie te geven over de algoritmes in hun producten. Ook pleiten zij voor meer ondersteuning voor kleine organisaties, bijvoorbeeld via standaardformulieren en een helpdesk.`
  }
]
