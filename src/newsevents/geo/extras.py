"""Hand-written geographic facts the GeoNames tables lack: name aliases, abbreviations, regions, demonyms."""

from __future__ import annotations

from dataclasses import dataclass

# Common English names of countries beside the GeoNames name (ISO-2 -> names).
COUNTRY_ALIASES: dict[str, tuple[str, ...]] = {
    "US": ("United States of America", "U.S.", "US", "USA", "U.S.A.", "America", "the States"),
    "GB": ("UK", "U.K.", "Britain", "Great Britain"),
    "RU": ("Russian Federation",),
    "AE": ("UAE", "U.A.E.", "Emirates"),
    "CD": ("DRC", "DR Congo", "D.R. Congo", "Congo-Kinshasa", "Democratic Republic of Congo", "Zaire",
           "Congo"),
    "CG": ("Congo-Brazzaville", "Congo Republic", "Republic of Congo"),
    "CI": ("Cote d'Ivoire", "Côte d'Ivoire"),
    "CZ": ("Czech Republic",),
    "MM": ("Burma",),
    "NL": ("Holland", "The Netherlands"),
    "KR": ("Korea", "Republic of Korea"),
    "KP": ("DPRK", "Democratic People's Republic of Korea"),
    "MK": ("Macedonia", "FYROM"),
    "SZ": ("Swaziland",),
    "TL": ("East Timor", "Timor-Leste"),
    "CV": ("Cape Verde",),
    "TR": ("Turkiye", "Türkiye"),
    "PS": ("Palestine", "Palestinian Territories", "Occupied Palestinian Territories"),
    "VA": ("Vatican City", "Holy See"),
    "BA": ("Bosnia",),
    "TT": ("Trinidad",),
    "VN": ("Viet Nam",),
    "LA": ("Lao PDR",),
    "IR": ("Persia",),
    "SY": ("Syrian Arab Republic",),
    "CN": ("People's Republic of China", "PRC", "Mainland China"),
    "TW": ("Republic of China",),
    "MD": ("Republic of Moldova",),
    "BY": ("Belorussia", "Byelorussia"),
    "BF": ("Burkina",),
}

# Short names that two countries share, and the country that does NOT get them by default: news
# writes bare "Congo" for the Democratic Republic of the Congo (AP and Reuters style; in the shared
# synthetic news corpus, 32 rows with a bare "Congo" also name only DR Congo places or names, one
# only the Republic's). The other country keeps the name as an alternate name, so that its own
# places in the article ("Brazzaville") can still pull the name to it (a small penalty, resolve.py).
SHARED_SHORT_NAMES: dict[str, tuple[str, ...]] = {
    "CG": ("Congo",),
}

# Abbreviations that news agencies use for states and provinces (matched with their dots).
ADMIN1_ABBREVIATIONS: dict[str, tuple[str, ...]] = {
    "US.AL": ("Ala.",), "US.AZ": ("Ariz.",), "US.AR": ("Ark.",), "US.CA": ("Calif.",),
    "US.CO": ("Colo.",), "US.CT": ("Conn.",), "US.DE": ("Del.",), "US.FL": ("Fla.",),
    "US.GA": ("Ga.",), "US.IL": ("Ill.",), "US.IN": ("Ind.",), "US.KS": ("Kan.", "Kans."),
    "US.KY": ("Ky.",), "US.LA": ("La.",), "US.MD": ("Md.",), "US.MA": ("Mass.",),
    "US.MI": ("Mich.",), "US.MN": ("Minn.",), "US.MS": ("Miss.",), "US.MO": ("Mo.",),
    "US.MT": ("Mont.",), "US.NE": ("Neb.", "Nebr."), "US.NV": ("Nev.",), "US.NH": ("N.H.",),
    "US.NJ": ("N.J.",), "US.NM": ("N.M.",), "US.NY": ("N.Y.",), "US.NC": ("N.C.",),
    "US.ND": ("N.D.",), "US.OK": ("Okla.",), "US.OR": ("Ore.", "Oreg."), "US.PA": ("Pa.",),
    "US.RI": ("R.I.",), "US.SC": ("S.C.",), "US.SD": ("S.D.",), "US.TN": ("Tenn.",),
    "US.TX": ("Tex.",), "US.VT": ("Vt.",), "US.VA": ("Va.",), "US.WA": ("Wash.",),
    "US.WV": ("W.Va.", "W. Va."), "US.WI": ("Wis.", "Wisc."), "US.WY": ("Wyo.",),
    "CA.01": ("Alta.",), "CA.02": ("B.C.",), "CA.03": ("Man.",), "CA.04": ("N.B.",),
    "CA.05": ("Nfld.",), "CA.07": ("N.S.",), "CA.08": ("Ont.",), "CA.09": ("P.E.I.",),
    "CA.10": ("Que.",), "CA.11": ("Sask.",),
    "AU.02": ("NSW", "N.S.W."), "AU.04": ("Qld",),
}

# Extra names of first-level subdivisions that English news uses (admin1 key -> names).
ADMIN1_ALIASES: dict[str, tuple[str, ...]] = {
    "RU.19": ("Ingushetia",),
    "RU.22": ("Kabardino-Balkaria",),
    "RU.68": ("North Ossetia-Alania",),
    "RU.27": ("Karachay-Cherkessia",),
    "CA.02": ("BC",),
    "US.DC": ("D.C.", "DC"),
    "UA.11": ("Crimean Peninsula",),
    # English spellings that news uses where GeoNames spells otherwise
    "PK.02": ("Baluchistan",),
    "ET.51": ("Oromia",),
    "ET.47": ("Benishangul-Gumuz",),
    "YE.04": ("Hadramout", "Hadramawt", "Hadhramaut", "Hadramaut"),
    "YE.08": ("Hodeidah",),  # the gazetteer lacks this spelling of the port city: its province
    "YE.05": ("Shabwa",),
    "SY.07": ("Deir el-Zour", "Deir al-Zour", "Deir Ezzor", "Deir al-Zor", "Deir el-Zor"),
    "SY.01": ("Hasaka", "Hassakeh"),
    "UA.26": ("Zaporizhzhia",),
    "UA.14": ("Lugansk",),
    "IQ.15": ("Ninevah", "Ninawa"),
    "CM.12": ("Extreme North",),
    "YE.28": ("Socotra",),
    # English (or former) names where GeoNames gives the long, Latin or local form
    "CN.21": ("Ningxia",),
    "IQ.18": ("Salahuddin", "Salaheddin", "Salah al-Din"),
    "ZA.03": ("Free State",),
    "IT.07": ("Lazio",),
    "IT.02": ("Basilicata",),
    "IT.10": ("Marche",),
    "IN.21": ("Orissa",),
    "RU.63": ("Yakutia", "Sakha Republic"),
    "SO.13": ("Middle Shabelle",),
    "SO.14": ("Lower Shabelle",),
    "SO.07": ("Hiran", "Hiraan"),
    "DE.08": ("Rhineland-Palatinate",),
    "NG.11": ("Federal Capital Territory",),  # GeoNames: 'FCT'
    # former names of first-level areas, for the area that succeeded them
    "PK.03": ("North-West Frontier Province", "North West Frontier Province", "NWFP"),
    "NO.34": ("Hedmark", "Oppland"),
    "NO.42": ("Vest-Agder", "Aust-Agder"),
    "NO.46": ("Hordaland", "Sogn og Fjordane"),
    "NO.21": ("Nord-Trøndelag", "Sør-Trøndelag"),
}


@dataclass(frozen=True)
class Region:
    """A named region that crosses or lies inside borders, with an approximate centroid."""

    name: str
    lat: float
    lon: float
    country: str | None
    aliases: tuple[str, ...] = ()


# Approximate centroids (to about a degree) of regions that news names as places.
REGIONS: tuple[Region, ...] = (
    Region("Middle East", 29.0, 42.0, None, ("Mideast",)),
    Region("Caucasus", 42.5, 44.5, None, ("Caucasus region",)),
    Region("North Caucasus", 43.5, 44.5, "RU", ("Northern Caucasus",)),
    Region("South Caucasus", 41.5, 45.0, None, ("Transcaucasia",)),
    Region("Central Asia", 43.0, 65.0, None),
    Region("Southeast Asia", 10.0, 110.0, None, ("South-East Asia", "South East Asia")),
    Region("South Asia", 22.0, 79.0, None),
    Region("East Asia", 35.0, 115.0, None),
    Region("Balkans", 43.0, 21.0, None, ("Balkan Peninsula",)),
    Region("Horn of Africa", 8.0, 45.0, None),
    Region("Sahel", 15.0, 5.0, None),
    Region("West Africa", 12.0, -3.0, None),
    Region("East Africa", 1.0, 36.0, None),
    Region("North Africa", 27.0, 12.0, None),
    Region("Latin America", -10.0, -65.0, None),
    Region("Central America", 13.5, -86.0, None),  # not 'America' (the US) with a direction word
    Region("Americas", 16.8, -75.4, None),  # midway between GeoNames' North and South America points
    Region("Scandinavia", 63.0, 15.0, None),
    Region("Kashmir", 34.5, 75.5, None),
    Region("Darfur", 13.5, 24.0, "SD"),
    Region("Sinai", 29.5, 33.8, "EG", ("Sinai Peninsula",)),
    Region("Gaza Strip", 31.4, 34.35, "PS"),
    Region("West Bank", 32.0, 35.25, "PS"),
    Region("Donbas", 48.0, 38.5, "UA", ("Donbass",)),
    Region("Siberia", 60.0, 100.0, "RU"),
    Region("Pankisi Gorge", 42.2, 45.25, "GE", ("Pankisi", "Pankisi Valley")),
    Region("Arabian Peninsula", 23.0, 45.0, None),
    Region("Persian Gulf", 27.0, 51.0, None, ("Gulf region",)),
    # oceans and seas (news names them as places of shipwrecks, crossings, naval incidents)
    Region("Atlantic Ocean", 0.0, -30.0, None, ("Atlantic",)),
    Region("Pacific Ocean", 0.0, -160.0, None, ("Pacific",)),
    Region("Indian Ocean", -20.0, 80.0, None),
    Region("Arctic Ocean", 85.0, 0.0, None, ("Arctic",)),
    Region("Mediterranean Sea", 35.0, 18.0, None, ("Mediterranean",)),
    Region("Baltic Sea", 58.5, 20.0, None, ("Baltic",)),
    Region("North Sea", 56.0, 3.0, None),
    Region("Black Sea", 43.5, 34.0, None),
    Region("Caspian Sea", 41.7, 50.7, None),
    Region("Red Sea", 20.0, 38.5, None),
    Region("Caribbean Sea", 15.0, -75.0, None, ("Caribbean",)),
    Region("Gulf of Mexico", 25.0, -90.0, None),
    Region("Gulf of Aden", 12.5, 48.0, None),
    Region("Arabian Sea", 15.0, 65.0, None),
    Region("South China Sea", 12.0, 113.0, None),
    Region("Aegean Sea", 39.0, 25.0, None, ("Aegean",)),
    # areas that conflict news names and GeoNames lacks as first-level areas: former provinces
    # (Kenya's until 2013, the Democratic Republic of the Congo's until 2015, Pakistan's tribal
    # areas until 2018), districts and self-declared states
    Region("Rift Valley Province", 0.5, 36.0, "KE", ("Rift Valley",)),
    Region("Nyanza Province", -0.5, 34.6, "KE", ("Nyanza",)),
    Region("North Eastern Province", 1.5, 40.0, "KE", ("North-Eastern Province", "Northeastern Province")),
    Region("Coast Province", -2.5, 39.5, "KE"),
    Region("Katanga", -9.0, 26.5, "CD", ("Katanga Province",)),
    Region("Orientale Province", 2.0, 26.5, "CD", ("Orientale", "Province Orientale")),
    Region("Federally Administered Tribal Areas", 33.0, 70.3, "PK", ("FATA",)),
    Region("North Waziristan", 32.95, 70.1, "PK"),
    Region("South Waziristan", 32.3, 69.7, "PK"),
    # the other former tribal agencies, now districts of Khyber Pakhtunkhwa, and the Swat valley
    Region("Bajaur", 34.75, 71.5, "PK", ("Bajaur Agency",)),
    Region("Mohmand", 34.4, 71.35, "PK", ("Mohmand Agency",)),
    Region("Khyber", 34.05, 71.15, "PK", ("Khyber Agency",)),
    Region("Kurram", 33.75, 70.15, "PK", ("Kurram Agency",)),
    Region("Orakzai", 33.7, 71.05, "PK", ("Orakzai Agency",)),
    Region("Swat", 35.2, 72.45, "PK", ("Swat Valley",)),
    Region("Jubaland", 1.0, 42.0, "SO"),
    Region("Puntland", 9.0, 49.0, "SO"),
    Region("Somaliland", 9.8, 46.0, "SO"),
    Region("Ogaden", 7.0, 44.0, "ET"),
    Region("Mindanao", 7.5, 124.8, "PH"),
    Region("Cyrenaica", 30.0, 22.0, "LY"),
    Region("Fezzan", 26.0, 14.0, "LY"),
    Region("Iraqi Kurdistan", 36.2, 44.0, "IQ", ("Kurdistan Region", "Kurdistan Region of Iraq")),
    Region("Equatoria", 4.5, 31.0, "SS"),
    # self-declared states that news names as places of their own, in the country that claims them
    Region("Abkhazia", 43.0, 41.0, "GE"),
    Region("South Ossetia", 42.3, 44.0, "GE"),
    Region("Transnistria", 47.2, 29.4, "MD", ("Transdniestria", "Trans-Dniester")),
    Region("Nagorno-Karabakh", 39.9, 46.7, "AZ", ("Nagorno Karabakh", "Karabakh", "Artsakh")),
    Region("Northern Cyprus", 35.3, 33.6, "CY"),
    # large islands that news names as places and GeoNames' populated places give to namesake
    # villages ('Java', Georgia) or to nothing at all
    Region("Java", -7.5, 110.0, "ID"),
    Region("Sumatra", -0.5, 101.5, "ID"),
    Region("Sulawesi", -2.0, 120.5, "ID", ("Celebes",)),
    Region("Borneo", 0.5, 114.0, None),
    Region("New Guinea", -5.5, 141.0, None),
    Region("Luzon", 16.0, 121.0, "PH"),
    Region("Honshu", 36.0, 138.0, "JP"),
    Region("Lesbos", 39.2, 26.3, "GR", ("Lesvos",)),
    Region("Newfoundland", 48.6, -56.0, "CA"),
)

@dataclass(frozen=True)
class Landmark:
    """A building or airport that news names as a place ('the White House', 'Heathrow'), which the
    populated places of GeoNames lack or give to a namesake town (White House, Tennessee)."""

    name: str
    lat: float
    lon: float
    country: str
    admin1: str  # admin1 key
    feature: str  # GeoNames feature code: BLDG (building), AIRP (airport)
    aliases: tuple[str, ...] = ()


# Seats of government that world news names as places, and the busiest international airports
# that carry a name of their own. Points from OpenStreetMap.
LANDMARKS: tuple[Landmark, ...] = (
    Landmark("White House", 38.8977, -77.0365, "US", "US.DC", "BLDG"),
    Landmark("Pentagon", 38.8719, -77.0563, "US", "US.VA", "BLDG"),
    Landmark("Capitol Hill", 38.8899, -77.0091, "US", "US.DC", "BLDG", ("U.S. Capitol", "US Capitol")),
    Landmark("Kremlin", 55.7520, 37.6175, "RU", "RU.48", "BLDG", ("Moscow Kremlin",)),
    Landmark("Downing Street", 51.5033, -0.1276, "GB", "GB.ENG", "BLDG"),
    Landmark("Élysée Palace", 48.8704, 2.3167, "FR", "FR.11", "BLDG", ("Elysee Palace", "Élysée", "Elysee")),
    Landmark("Heathrow", 51.4700, -0.4543, "GB", "GB.ENG", "AIRP", ("Heathrow Airport", "London Heathrow")),
    Landmark("Gatwick", 51.1537, -0.1821, "GB", "GB.ENG", "AIRP", ("Gatwick Airport", "London Gatwick")),
    Landmark("John F. Kennedy International Airport", 40.6413, -73.7781, "US", "US.NY", "AIRP",
             ("JFK Airport", "JFK International Airport", "Kennedy Airport")),
    Landmark("O'Hare International Airport", 41.9742, -87.9073, "US", "US.IL", "AIRP",
             ("O'Hare", "O'Hare Airport")),
    Landmark("Charles de Gaulle Airport", 49.0097, 2.5479, "FR", "FR.11", "AIRP", ("Roissy-Charles de Gaulle",)),
    Landmark("Schiphol", 52.3105, 4.7683, "NL", "NL.07", "AIRP", ("Schiphol Airport", "Amsterdam Schiphol")),
    Landmark("Ben Gurion Airport", 32.0055, 34.8854, "IL", "IL.02", "AIRP", ("Ben Gurion International Airport",)),
    Landmark("Hamid Karzai International Airport", 34.5659, 69.2123, "AF", "AF.13", "AIRP",
             ("Kabul International Airport",)),
)

# Adjectives and demonyms naming a subdivision (used as context only, never as places).
ADMIN1_DEMONYMS: dict[str, tuple[str, ...]] = {
    "RU.12": ("Chechen", "Chechens"),
    "RU.17": ("Dagestani", "Dagestanis"),
    "RU.19": ("Ingush",),
    "US.TX": ("Texan", "Texans"),
    "US.CA": ("Californian", "Californians"),
    "GB.SCT": ("Scottish", "Scots"),
    "GB.WLS": ("Welsh",),
    "GB.ENG": ("English",),
    "CA.10": ("Quebecois", "Québécois"),
}

# Country adjectives that differ from the demonym in the country table (ISO-2 -> words).
COUNTRY_ADJECTIVES: dict[str, tuple[str, ...]] = {
    "US": ("American",),
    "GB": ("British", "Briton", "Britons"),
    "NL": ("Dutch",),
    "CN": ("Chinese",),
    "JP": ("Japanese",),
    "TR": ("Turkish", "Turk", "Turks"),
    "FR": ("French",),
    "ES": ("Spanish", "Spaniard", "Spaniards"),
    "DE": ("German", "Germans"),
    "PS": ("Palestinian", "Palestinians"),
    "IL": ("Israeli", "Israelis"),
    "AF": ("Afghan", "Afghans"),
    "PH": ("Filipino", "Filipinos", "Philippine"),
    "CH": ("Swiss",),
    "SE": ("Swedish", "Swede", "Swedes"),
    "DK": ("Danish", "Dane", "Danes"),
    "FI": ("Finnish", "Finn", "Finns"),
    "PL": ("Polish", "Pole", "Poles"),
    "IE": ("Irish",),
    "NZ": ("New Zealander", "Kiwi"),
    "SA": ("Saudi", "Saudis"),
    "AE": ("Emirati", "Emiratis"),
    "IR": ("Iranian", "Iranians", "Persian"),
    "UA": ("Ukrainian", "Ukrainians"),
    "LB": ("Lebanese",),
    "SD": ("Sudanese",),
    "VN": ("Vietnamese",),
    "PT": ("Portuguese",),
}

# Counties of the United Kingdom (ceremonial counties of England, Scottish council areas, Welsh
# principal areas and the six counties of Northern Ireland) that news names as places, which the
# GeoNames admin1 table (England, Scotland, Wales, Northern Ireland) lacks. Each is placed at its
# county town or administrative centre, read from the GeoNames populated places when the index is
# built: name -> (admin1 key, county town, other names).
UK_COUNTIES: dict[str, tuple[str, str, tuple[str, ...]]] = {
    "Bedfordshire": ("GB.ENG", "Bedford", ()), "Berkshire": ("GB.ENG", "Reading", ()),
    "Buckinghamshire": ("GB.ENG", "Aylesbury", ()), "Cambridgeshire": ("GB.ENG", "Cambridge", ()),
    "Cheshire": ("GB.ENG", "Chester", ()), "Cornwall": ("GB.ENG", "Truro", ()),
    "Cumbria": ("GB.ENG", "Carlisle", ()), "Derbyshire": ("GB.ENG", "Matlock", ()),
    "Devon": ("GB.ENG", "Exeter", ()), "Dorset": ("GB.ENG", "Dorchester", ()),
    "Durham": ("GB.ENG", "Durham", ("County Durham", "Co. Durham")),
    "East Sussex": ("GB.ENG", "Lewes", ()), "Sussex": ("GB.ENG", "Lewes", ()),
    "Essex": ("GB.ENG", "Chelmsford", ()), "Gloucestershire": ("GB.ENG", "Gloucester", ()),
    "Hampshire": ("GB.ENG", "Winchester", ()), "Herefordshire": ("GB.ENG", "Hereford", ()),
    "Hertfordshire": ("GB.ENG", "Hertford", ()), "Kent": ("GB.ENG", "Maidstone", ()),
    "Lancashire": ("GB.ENG", "Preston", ()), "Leicestershire": ("GB.ENG", "Leicester", ()),
    "Lincolnshire": ("GB.ENG", "Lincoln", ()), "Norfolk": ("GB.ENG", "Norwich", ()),
    "Northamptonshire": ("GB.ENG", "Northampton", ()), "Northumberland": ("GB.ENG", "Morpeth", ()),
    "North Yorkshire": ("GB.ENG", "Northallerton", ()), "Yorkshire": ("GB.ENG", "York", ()),
    "East Riding of Yorkshire": ("GB.ENG", "Beverley", ("East Yorkshire",)),
    "South Yorkshire": ("GB.ENG", "Barnsley", ()), "West Yorkshire": ("GB.ENG", "Wakefield", ()),
    "Nottinghamshire": ("GB.ENG", "Nottingham", ()), "Oxfordshire": ("GB.ENG", "Oxford", ()),
    "Rutland": ("GB.ENG", "Oakham", ()), "Shropshire": ("GB.ENG", "Shrewsbury", ()),
    "Somerset": ("GB.ENG", "Taunton", ()), "Staffordshire": ("GB.ENG", "Stafford", ()),
    "Suffolk": ("GB.ENG", "Ipswich", ()), "Surrey": ("GB.ENG", "Guildford", ()),
    "Warwickshire": ("GB.ENG", "Warwick", ()), "West Sussex": ("GB.ENG", "Chichester", ()),
    "Wiltshire": ("GB.ENG", "Trowbridge", ()), "Worcestershire": ("GB.ENG", "Worcester", ()),
    "Greater Manchester": ("GB.ENG", "Manchester", ()), "Merseyside": ("GB.ENG", "Liverpool", ()),
    "Tyne and Wear": ("GB.ENG", "Newcastle upon Tyne", ()), "West Midlands": ("GB.ENG", "Birmingham", ()),
    "Greater London": ("GB.ENG", "London", ()),
    "Fife": ("GB.SCT", "Glenrothes", ()), "Highland": ("GB.SCT", "Inverness", ("Highlands", "Scottish Highlands")),
    "Aberdeenshire": ("GB.SCT", "Aberdeen", ()), "Perth and Kinross": ("GB.SCT", "Perth", ("Perthshire",)),
    "Argyll and Bute": ("GB.SCT", "Lochgilphead", ("Argyll",)),
    "Dumfries and Galloway": ("GB.SCT", "Dumfries", ()), "Scottish Borders": ("GB.SCT", "Galashiels", ()),
    "Angus": ("GB.SCT", "Forfar", ()), "Moray": ("GB.SCT", "Elgin", ()),
    "South Lanarkshire": ("GB.SCT", "Hamilton", ()), "North Lanarkshire": ("GB.SCT", "Motherwell", ()),
    "Lanarkshire": ("GB.SCT", "Hamilton", ()), "Ayrshire": ("GB.SCT", "Ayr", ()),
    "East Lothian": ("GB.SCT", "Haddington", ()), "West Lothian": ("GB.SCT", "Livingston", ()),
    "Midlothian": ("GB.SCT", "Dalkeith", ()), "Orkney": ("GB.SCT", "Kirkwall", ("Orkney Islands",)),
    "Shetland": ("GB.SCT", "Lerwick", ("Shetland Islands",)),
    "Gwynedd": ("GB.WLS", "Caernarfon", ()), "Powys": ("GB.WLS", "Llandrindod Wells", ()),
    "Ceredigion": ("GB.WLS", "Aberystwyth", ()), "Pembrokeshire": ("GB.WLS", "Haverfordwest", ()),
    "Carmarthenshire": ("GB.WLS", "Carmarthen", ()), "Anglesey": ("GB.WLS", "Llangefni", ("Isle of Anglesey",)),
    "Denbighshire": ("GB.WLS", "Ruthin", ()), "Flintshire": ("GB.WLS", "Mold", ()),
    "Monmouthshire": ("GB.WLS", "Monmouth", ()),
    "County Antrim": ("GB.NIR", "Antrim", ("Co. Antrim",)), "County Down": ("GB.NIR", "Downpatrick", ("Co. Down",)),
    "County Armagh": ("GB.NIR", "Armagh", ("Co. Armagh",)), "County Tyrone": ("GB.NIR", "Omagh", ("Tyrone", "Co. Tyrone")),
    "County Fermanagh": ("GB.NIR", "Enniskillen", ("Fermanagh", "Co. Fermanagh")),
}
