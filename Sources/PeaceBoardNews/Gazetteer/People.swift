import Foundation

/// A person the gazetteer knows: the people of the peace processes, with the office and state
/// news most often gives them. Kept by hand, as data; people it does not list are still found
/// from titles, appositions and speech verbs.
struct KnownPerson: Sendable {
    let name: String
    /// Other spellings and the surname news uses alone ("Putin", "Zelenskyy").
    let aliases: [String]
    let office: String
    /// ISO 3166-1 alpha-3, or nil for someone who speaks for an organisation.
    let state: String?
}

extension Gazetteer {
    static let people: [KnownPerson] = [
        KnownPerson(name: "Donald Trump", aliases: ["Trump"], office: "President of the United States", state: "USA"),
        KnownPerson(name: "Joe Biden", aliases: ["Biden"], office: "former President of the United States", state: "USA"),
        KnownPerson(name: "Marco Rubio", aliases: ["Rubio"], office: "U.S. Secretary of State", state: "USA"),
        KnownPerson(name: "Keith Kellogg", aliases: ["Kellogg"], office: "U.S. special envoy for Ukraine and Russia", state: "USA"),
        KnownPerson(name: "Steve Witkoff", aliases: ["Witkoff"], office: "U.S. special envoy", state: "USA"),
        KnownPerson(name: "Juan Manuel Santos", aliases: [], office: "President of Colombia (2010–2018)", state: "COL"),
        KnownPerson(
            name: "Rodrigo Londoño", aliases: ["Rodrigo Londono", "Rodrigo Londoño Echeverri", "Rodrigo Londono Echeverri", "Timochenko", "Timoleón Jiménez", "Timoleon Jimenez"],
            office: "commander of the FARC", state: nil),
        KnownPerson(name: "Filipe Nyusi", aliases: ["Nyusi"], office: "President of Mozambique (2015–2025)", state: "MOZ"),
        KnownPerson(name: "Ossufo Momade", aliases: ["Momade"], office: "leader of Renamo", state: nil),
        KnownPerson(name: "Martin Griffiths", aliases: [], office: "UN special envoy for Yemen (2018–2021)", state: nil),
        KnownPerson(name: "Anwar Gargash", aliases: ["Gargash"], office: "Emirati Minister of State for Foreign Affairs", state: "ARE"),
        KnownPerson(name: "JD Vance", aliases: ["J.D. Vance", "J. D. Vance", "James David Vance", "Vance"], office: "Vice President of the United States", state: "USA"),
        KnownPerson(name: "Zalmay Khalilzad", aliases: ["Khalilzad"], office: "U.S. special representative for Afghanistan reconciliation (2018–2021)", state: "USA"),
        KnownPerson(name: "Abdul Ghani Baradar", aliases: ["Baradar", "Mullah Baradar", "Abdul Ghani Barader"], office: "Taliban political chief", state: nil),
        KnownPerson(name: "Jared Kushner", aliases: ["Kushner"], office: "member of the Board of Peace", state: "USA"),
        KnownPerson(name: "Bashar al-Assad", aliases: ["Assad", "Bashar Assad", "Bashar al-Asad"], office: "former President of Syria", state: nil),
        KnownPerson(name: "Vladimir Putin", aliases: ["Putin"], office: "President of Russia", state: "RUS"),
        KnownPerson(name: "Sergei Lavrov", aliases: ["Lavrov"], office: "Foreign Minister of Russia", state: "RUS"),
        KnownPerson(name: "Dmitry Peskov", aliases: ["Peskov"], office: "Kremlin spokesperson", state: "RUS"),
        KnownPerson(name: "Volodymyr Zelensky", aliases: ["Zelensky", "Zelenskyy", "Zelenskiy", "Volodymyr Zelenskyy", "Volodymyr Zelenskiy"], office: "President of Ukraine", state: "UKR"),
        KnownPerson(name: "Andrii Sybiha", aliases: ["Sybiha"], office: "Foreign Minister of Ukraine", state: "UKR"),
        KnownPerson(name: "Xi Jinping", aliases: ["Xi"], office: "President of China", state: "CHN"),
        KnownPerson(name: "Wang Yi", aliases: ["Wang"], office: "Foreign Minister of China", state: "CHN"),
        KnownPerson(name: "Recep Tayyip Erdogan", aliases: ["Erdogan", "Erdoğan", "Recep Tayyip Erdoğan", "Tayyip Erdogan", "Tayyip Erdoğan"], office: "President of Türkiye", state: "TUR"),
        KnownPerson(name: "Hakan Fidan", aliases: ["Fidan"], office: "Foreign Minister of Türkiye", state: "TUR"),
        KnownPerson(name: "Emmanuel Macron", aliases: ["Macron"], office: "President of France", state: "FRA"),
        KnownPerson(name: "Keir Starmer", aliases: ["Starmer"], office: "Prime Minister of the United Kingdom", state: "GBR"),
        KnownPerson(name: "Boris Johnson", aliases: [], office: "former Prime Minister of the United Kingdom", state: "GBR"),
        KnownPerson(name: "Friedrich Merz", aliases: ["Merz"], office: "Chancellor of Germany", state: "DEU"),
        KnownPerson(name: "Olaf Scholz", aliases: ["Scholz"], office: "former Chancellor of Germany", state: "DEU"),
        KnownPerson(name: "Donald Tusk", aliases: ["Tusk"], office: "Prime Minister of Poland", state: "POL"),
        KnownPerson(name: "Giorgia Meloni", aliases: ["Meloni"], office: "Prime Minister of Italy", state: "ITA"),
        KnownPerson(name: "Viktor Orban", aliases: ["Orban", "Orbán", "Viktor Orbán"], office: "Prime Minister of Hungary", state: "HUN"),
        KnownPerson(name: "Alexander Lukashenko", aliases: ["Lukashenko"], office: "President of Belarus", state: "BLR"),
        KnownPerson(name: "Alexander Stubb", aliases: ["Stubb"], office: "President of Finland", state: "FIN"),
        KnownPerson(name: "Ursula von der Leyen", aliases: ["von der Leyen"], office: "President of the European Commission", state: nil),
        KnownPerson(name: "Kaja Kallas", aliases: ["Kallas"], office: "EU foreign policy chief", state: nil),
        KnownPerson(name: "Antonio Guterres", aliases: ["Guterres", "António Guterres"], office: "UN Secretary-General", state: nil),
        KnownPerson(name: "Ajay Banga", aliases: ["Banga"], office: "President of the World Bank", state: nil),
        KnownPerson(name: "Benjamin Netanyahu", aliases: ["Netanyahu"], office: "Prime Minister of Israel", state: "ISR"),
        KnownPerson(name: "Mahmoud Abbas", aliases: ["Abbas"], office: "President of the Palestinian Authority", state: "PSE"),
        KnownPerson(name: "Abdel Fattah el-Sisi", aliases: ["Sisi", "el-Sisi", "al-Sisi"], office: "President of Egypt", state: "EGY"),
        KnownPerson(name: "Mohammed bin Salman", aliases: [], office: "Crown Prince of Saudi Arabia", state: "SAU"),
        KnownPerson(name: "Tamim bin Hamad Al Thani", aliases: [], office: "Emir of Qatar", state: "QAT"),
        KnownPerson(name: "Hamad bin Khalifa Al Thani", aliases: [], office: "Emir of Qatar (1995–2013)", state: "QAT"),
        KnownPerson(
            name: "Mohammed bin Abdulrahman Al Thani",
            aliases: [
                "Mohammed bin Abdulrahman Al-Thani", "Mohammed bin Abdulrahman al-Thani", "Mohammed bin Abdulrahman bin Jassim Al Thani",
                "Mohammed bin Abdulrahman bin Jassim Al-Thani", "Mohammed bin Abdulrahman bin Jassim al-Thani", "Mohammed bin Abdulrahman",
            ],
            office: "Prime Minister and Foreign Minister of Qatar", state: "QAT"),
        KnownPerson(name: "Isaac Herzog", aliases: ["Herzog"], office: "President of Israel", state: "ISR"),
        KnownPerson(name: "Khalil al-Hayya", aliases: ["Khalil al-Hayyah", "Khalil Al-Hayya", "al-Hayya"], office: "Hamas chief in Gaza", state: nil),
        KnownPerson(name: "Brett McGurk", aliases: ["McGurk"], office: "White House Middle East coordinator (2021–2025)", state: "USA"),
        KnownPerson(name: "Hamad bin Jassem bin Jabor Al Thani", aliases: ["Hamad bin Jassem"], office: "Prime Minister and Foreign Minister of Qatar (2007–2013)", state: "QAT"),
        KnownPerson(
            name: "Mohammed bin Abdulrahman Al Thani", aliases: ["Mohammed bin Abdulrahman bin Jassim Al Thani", "Mohammed bin Abdulrahman"],
            office: "Prime Minister and Foreign Minister of Qatar", state: "QAT"),
        KnownPerson(name: "Abdel Fattah al-Burhan", aliases: ["Burhan", "al-Burhan"], office: "head of Sudan's army", state: "SDN"),
        KnownPerson(
            name: "Mohamed Hamdan Dagalo",
            aliases: ["Dagalo", "Hemedti", "Mohamed Hamdan Daqlu", "Mohammed Hamdan Daqlu", "Mohamed Hamdan Daglo", "Mohammed Hamdan Dagalo", "Daqlu", "Daglo"],
            office: "commander of the Rapid Support Forces", state: nil),
        KnownPerson(name: "Abdalla Hamdok", aliases: ["Hamdok", "Abdallah Hamdok"], office: "Prime Minister of Sudan (2019–2022)", state: "SDN"),
        KnownPerson(name: "Ilham Aliyev", aliases: ["Aliyev"], office: "President of Azerbaijan", state: "AZE"),
        KnownPerson(name: "Nikol Pashinyan", aliases: ["Pashinyan"], office: "Prime Minister of Armenia", state: "ARM"),
        KnownPerson(name: "Gustavo Petro", aliases: ["Petro"], office: "President of Colombia", state: "COL"),
        KnownPerson(name: "Daniel Ortega", aliases: ["Ortega"], office: "President of Nicaragua", state: "NIC"),
        KnownPerson(name: "Abiy Ahmed", aliases: ["Abiy"], office: "Prime Minister of Ethiopia", state: "ETH"),
        KnownPerson(name: "Felix Tshisekedi", aliases: ["Tshisekedi", "Félix Tshisekedi"], office: "President of the DR Congo", state: "COD"),
        KnownPerson(name: "Paul Kagame", aliases: ["Kagame"], office: "President of Rwanda", state: "RWA"),
        KnownPerson(name: "William Ruto", aliases: ["Ruto"], office: "President of Kenya", state: "KEN"),
        KnownPerson(name: "Narendra Modi", aliases: ["Modi"], office: "Prime Minister of India", state: "IND"),
        KnownPerson(name: "Shehbaz Sharif", aliases: ["Sharif"], office: "Prime Minister of Pakistan", state: "PAK"),
        KnownPerson(name: "Masoud Pezeshkian", aliases: ["Pezeshkian"], office: "President of Iran", state: "IRN"),
        KnownPerson(name: "Kim Jong Un", aliases: ["Kim Jong-un", "Kim Jong-Un"], office: "leader of North Korea", state: "PRK"),
        KnownPerson(name: "Khalifa Haftar", aliases: ["Haftar"], office: "commander of the Libyan National Army", state: nil),
        KnownPerson(name: "Salva Kiir", aliases: ["Kiir"], office: "President of South Sudan", state: "SSD"),
        KnownPerson(name: "Riek Machar", aliases: ["Machar"], office: "First Vice President of South Sudan", state: "SSD"),
        KnownPerson(name: "Luiz Inácio Lula da Silva", aliases: ["Lula", "Luiz Inacio Lula da Silva", "Lula da Silva"], office: "President of Brazil", state: "BRA"),
        KnownPerson(name: "Antony Blinken", aliases: ["Blinken"], office: "former U.S. Secretary of State", state: "USA"),
        KnownPerson(name: "Vladimir Medinsky", aliases: ["Medinsky"], office: "Russian negotiator", state: "RUS"),
        KnownPerson(name: "Hans Grundberg", aliases: ["Grundberg"], office: "UN envoy for Yemen", state: nil),
        KnownPerson(name: "Mohammed VI", aliases: ["King Mohammed VI"], office: "King of Morocco", state: "MAR"),
        KnownPerson(name: "Leo XIV", aliases: [], office: "Pope", state: "VAT"),
        KnownPerson(name: "Mahamat Idriss Deby", aliases: ["Mahamat Deby", "Mahamat Idriss Déby"], office: "President of Chad", state: "TCD"),
        // Heads of state and ministers who often mediate or host talks.
        KnownPerson(name: "Umaro Sissoco Embalo", aliases: ["Embalo", "Umaro Sissoco Embaló", "Embaló"], office: "President of Guinea-Bissau", state: "GNB"),
        KnownPerson(name: "Bassirou Diomaye Faye", aliases: [], office: "President of Senegal", state: "SEN"),
        KnownPerson(name: "Ousmane Sonko", aliases: ["Sonko"], office: "Prime Minister of Senegal", state: "SEN"),
        KnownPerson(name: "Yoweri Museveni", aliases: ["Museveni"], office: "President of Uganda", state: "UGA"),
        KnownPerson(name: "Bola Tinubu", aliases: ["Tinubu", "Bola Ahmed Tinubu"], office: "President of Nigeria", state: "NGA"),
        KnownPerson(name: "Cyril Ramaphosa", aliases: ["Ramaphosa"], office: "President of South Africa", state: "ZAF"),
        KnownPerson(name: "Emmerson Mnangagwa", aliases: ["Mnangagwa"], office: "President of Zimbabwe", state: "ZWE"),
        KnownPerson(name: "Abdelmadjid Tebboune", aliases: ["Tebboune"], office: "President of Algeria", state: "DZA"),
        KnownPerson(name: "Badr Albusaidi", aliases: ["Albusaidi", "Badr al-Busaidi", "Sayyid Badr Albusaidi", "Badr bin Hamad al-Busaidi", "Badr bin Hamad Albusaidi"], office: "Foreign Minister of Oman", state: "OMN"),
        KnownPerson(name: "Kassym-Jomart Tokayev", aliases: ["Tokayev"], office: "President of Kazakhstan", state: "KAZ"),
        KnownPerson(name: "Shavkat Mirziyoyev", aliases: ["Mirziyoyev"], office: "President of Uzbekistan", state: "UZB"),
        KnownPerson(name: "Nicolas Maduro", aliases: ["Maduro", "Nicolás Maduro"], office: "President of Venezuela", state: "VEN"),
        KnownPerson(name: "Aleksandar Vucic", aliases: ["Vucic", "Aleksandar Vučić", "Vučić"], office: "President of Serbia", state: "SRB"),
        KnownPerson(name: "Anwar Ibrahim", aliases: ["Anwar"], office: "Prime Minister of Malaysia", state: "MYS"),
        KnownPerson(name: "Abbas Araghchi", aliases: ["Araghchi", "Seyed Abbas Araghchi", "Sayyid Abbas Araghchi"], office: "Foreign Minister of Iran", state: "IRN"),
        KnownPerson(name: "Josep Borrell", aliases: ["Borrell", "Josep Borrell Fontelles"], office: "former EU foreign policy chief", state: nil),
        KnownPerson(name: "Albin Kurti", aliases: ["Kurti"], office: "Prime Minister of Kosovo", state: "XKX"),
        KnownPerson(name: "Miroslav Lajcak", aliases: ["Lajcak", "Miroslav Lajčák", "Lajčák"], office: "former EU special envoy for the Belgrade-Pristina dialogue", state: nil),
        KnownPerson(name: "Badr Abdelatty", aliases: ["Abdelatty", "Badr Abdel Aty", "Badr Abdel Atty"], office: "Foreign Minister of Egypt", state: "EGY"),
        KnownPerson(name: "Amos Hochstein", aliases: ["Hochstein"], office: "former U.S. special envoy", state: "USA"),
        KnownPerson(name: "Hun Manet", aliases: [], office: "Prime Minister of Cambodia", state: "KHM"),
        KnownPerson(name: "Hun Sen", aliases: [], office: "President of the Senate of Cambodia", state: "KHM"),
        KnownPerson(name: "Phumtham Wechayachai", aliases: ["Phumtham Wichaiyachai", "Phumtham"], office: "acting Prime Minister of Thailand", state: "THA"),
        KnownPerson(name: "Anutin Charnvirakul", aliases: ["Anutin"], office: "Prime Minister of Thailand", state: "THA"),
        KnownPerson(name: "Paetongtarn Shinawatra", aliases: ["Paetongtarn"], office: "former Prime Minister of Thailand", state: "THA"),
        KnownPerson(name: "Fayez al-Sarraj", aliases: ["Sarraj", "al-Sarraj", "Fayez al-Serraj", "al-Serraj", "Fayez al-Serrag", "al-Serrag", "Fayez el-Sarraj", "el-Sarraj", "Fayez Sarraj"], office: "former Prime Minister of Libya", state: "LBY"),
        KnownPerson(name: "Nikos Christodoulides", aliases: ["Christodoulides", "Nicos Christodoulides"], office: "President of Cyprus", state: "CYP"),
        KnownPerson(name: "Ersin Tatar", aliases: [], office: "former Turkish Cypriot leader", state: nil),
        KnownPerson(name: "Tufan Erhurman", aliases: ["Erhurman", "Tufan Erhürman", "Erhürman"], office: "Turkish Cypriot leader", state: nil),
        KnownPerson(name: "Ishaq Dar", aliases: [], office: "Deputy Prime Minister and Foreign Minister of Pakistan", state: "PAK"),
        KnownPerson(name: "Khawaja Asif", aliases: ["Khawaja Muhammad Asif", "Kh Asif"], office: "Defence Minister of Pakistan", state: "PAK"),
        KnownPerson(name: "Massad Boulos", aliases: ["Boulos"], office: "U.S. senior adviser for Arab and African affairs", state: "USA"),
        KnownPerson(name: "Subrahmanyam Jaishankar", aliases: ["Jaishankar", "S Jaishankar", "S. Jaishankar"], office: "External Affairs Minister of India", state: "IND"),
        KnownPerson(name: "Vikram Misri", aliases: ["Misri"], office: "Foreign Secretary of India", state: "IND"),
        KnownPerson(name: "Asim Munir", aliases: [], office: "Chief of Army Staff of Pakistan", state: "PAK"),
        KnownPerson(name: "Rustem Umerov", aliases: ["Umerov", "Rustem Umierov", "Umierov"], office: "Secretary of Ukraine's National Security and Defense Council", state: "UKR"),
        // Leaders, ministers and mediators of past and present peace processes (Georgia 2008, Minsk 2015,
        // Sudan and South Sudan, Nepal, Mindanao, Mali, the Gulf and the Levant).
        KnownPerson(name: "Dmitry Medvedev", aliases: ["Medvedev", "Dmitri Medvedev"], office: "President of Russia (2008–2012)", state: "RUS"),
        KnownPerson(name: "Mikheil Saakashvili", aliases: ["Saakashvili", "Mikhail Saakashvili"], office: "President of Georgia (2004–2013)", state: "GEO"),
        KnownPerson(name: "Nicolas Sarkozy", aliases: ["Sarkozy"], office: "President of France (2007–2012)", state: "FRA"),
        KnownPerson(name: "François Hollande", aliases: ["Hollande", "Francois Hollande"], office: "President of France (2012–2017)", state: "FRA"),
        KnownPerson(name: "Angela Merkel", aliases: ["Merkel"], office: "Chancellor of Germany (2005–2021)", state: "DEU"),
        KnownPerson(name: "Petro Poroshenko", aliases: ["Poroshenko", "Petro Porochenko", "Porochenko"], office: "President of Ukraine (2014–2019)", state: "UKR"),
        KnownPerson(name: "Laurent Fabius", aliases: ["Fabius"], office: "Foreign Minister of France (2012–2016)", state: "FRA"),
        KnownPerson(name: "John Kerry", aliases: ["Kerry"], office: "U.S. Secretary of State (2013–2017)", state: "USA"),
        KnownPerson(name: "Mike Pompeo", aliases: ["Pompeo"], office: "U.S. Secretary of State (2018–2021)", state: "USA"),
        KnownPerson(name: "Barack Obama", aliases: ["Obama"], office: "President of the United States (2009–2017)", state: "USA"),
        KnownPerson(name: "Bill Clinton", aliases: [], office: "President of the United States (1993–2001)", state: "USA"),
        KnownPerson(name: "Tom Barrack", aliases: ["Barrack", "Thomas Barrack"], office: "U.S. special envoy for Syria", state: "USA"),
        KnownPerson(name: "Morgan Ortagus", aliases: ["Ortagus"], office: "U.S. deputy special envoy for the Middle East", state: "USA"),
        KnownPerson(name: "Kirill Dmitriev", aliases: ["Dmitriev"], office: "Russian presidential envoy for investment", state: "RUS"),
        KnownPerson(name: "Yuri Ushakov", aliases: ["Ushakov", "Yury Ushakov"], office: "Kremlin foreign policy aide", state: "RUS"),
        KnownPerson(name: "Maria Zakharova", aliases: ["Zakharova"], office: "Russian Foreign Ministry spokesperson", state: "RUS"),
        KnownPerson(name: "Andriy Yermak", aliases: ["Yermak", "Andrii Yermak"], office: "Head of the Office of the President of Ukraine (2020–2025)", state: "UKR"),
        KnownPerson(name: "Ban Ki-moon", aliases: [], office: "former UN Secretary-General (2007–2016)", state: nil),
        KnownPerson(name: "Kofi Annan", aliases: ["Annan"], office: "former UN Secretary-General (1997–2006)", state: nil),
        KnownPerson(name: "Thabo Mbeki", aliases: ["Mbeki"], office: "African Union mediator for Sudan and South Sudan; President of South Africa (1999–2008)", state: nil),
        KnownPerson(name: "Moussa Faki Mahamat", aliases: ["Moussa Faki", "Faki"], office: "Chairperson of the African Union Commission (2017–2025)", state: nil),
        KnownPerson(name: "Martti Ahtisaari", aliases: ["Ahtisaari"], office: "President of Finland (1994–2000)", state: "FIN"),
        KnownPerson(name: "Uhuru Kenyatta", aliases: ["Kenyatta"], office: "President of Kenya (2013–2022)", state: "KEN"),
        KnownPerson(name: "Omar al-Bashir", aliases: ["Bashir", "al-Bashir", "Omar Hassan al-Bashir", "Omar Hassan Ahmad al-Bashir", "Omer al-Bashir", "Omar Bashir", "Omar Al-Bashir", "Omar el-Bashir", "Omar el-Beshir", "Omer el-Bashir", "Beshir"], office: "President of Sudan (1989–2019)", state: "SDN"),
        KnownPerson(name: "Isaias Afwerki", aliases: ["Afwerki", "Isaias"], office: "President of Eritrea", state: "ERI"),
        KnownPerson(name: "Hassan Sheikh Mohamud", aliases: [], office: "President of Somalia", state: "SOM"),
        KnownPerson(name: "Faustin-Archange Touadéra", aliases: ["Touadéra", "Touadera", "Faustin Archange Touadéra", "Faustin Archange Touadera", "Faustin-Archange Touadera"], office: "President of the Central African Republic", state: "CAF"),
        KnownPerson(name: "João Lourenço", aliases: ["Lourenço", "Lourenco", "Joao Lourenco"], office: "President of Angola", state: "AGO"),
        KnownPerson(name: "Samia Suluhu Hassan", aliases: ["Samia Suluhu"], office: "President of Tanzania", state: "TZA"),
        KnownPerson(name: "Girija Prasad Koirala", aliases: ["Koirala"], office: "Prime Minister of Nepal (2006–2008)", state: "NPL"),
        KnownPerson(name: "Benigno Aquino III", aliases: ["Aquino", "Benigno Aquino", "Benigno Simeon Aquino III", "Noynoy Aquino"], office: "President of the Philippines (2010–2016)", state: "PHL"),
        KnownPerson(name: "Ferdinand Marcos Jr.", aliases: ["Ferdinand Marcos Jr", "Bongbong Marcos"], office: "President of the Philippines", state: "PHL"),
        KnownPerson(name: "Rodrigo Duterte", aliases: ["Duterte"], office: "President of the Philippines (2016–2022)", state: "PHL"),
        KnownPerson(name: "Carlito Galvez Jr.", aliases: ["Carlito Galvez Jr", "Carlito Galvez", "Galvez"], office: "Presidential Adviser on Peace, Reconciliation and Unity of the Philippines", state: "PHL"),
        KnownPerson(name: "Jose Maria Sison", aliases: ["Joma Sison", "Sison"], office: "founder of the Communist Party of the Philippines", state: nil),
        KnownPerson(name: "Luis Jalandoni", aliases: ["Jalandoni"], office: "chief negotiator of the National Democratic Front of the Philippines", state: nil),
        KnownPerson(name: "Najib Razak", aliases: ["Najib", "Najib Tun Razak"], office: "Prime Minister of Malaysia (2009–2018)", state: "MYS"),
        KnownPerson(name: "Ramtane Lamamra", aliases: ["Lamamra"], office: "Foreign Minister of Algeria (2013–2017, 2021–2023)", state: "DZA"),
        KnownPerson(name: "Hassan Rouhani", aliases: ["Rouhani"], office: "President of Iran (2013–2021)", state: "IRN"),
        KnownPerson(name: "Ali Khamenei", aliases: ["Khamenei"], office: "Supreme Leader of Iran", state: "IRN"),
        KnownPerson(name: "Mohammad Javad Zarif", aliases: ["Zarif", "Javad Zarif"], office: "Foreign Minister of Iran (2013–2021)", state: "IRN"),
        KnownPerson(name: "Hamid Karzai", aliases: ["Karzai"], office: "President of Afghanistan (2004–2014)", state: "AFG"),
        KnownPerson(name: "Mazloum Abdi", aliases: ["Mazlum Abdi", "Mazloum Kobani"], office: "commander of the Syrian Democratic Forces", state: nil),
        KnownPerson(name: "Ahmed al-Sharaa", aliases: ["al-Sharaa", "Sharaa", "Ahmad al-Sharaa", "Abu Mohammed al-Jolani"], office: "President of Syria", state: "SYR"),
        KnownPerson(name: "Asaad al-Shaibani", aliases: ["al-Shaibani", "Shaibani", "Asaad Hassan al-Shaibani"], office: "Foreign Minister of Syria", state: "SYR"),
        KnownPerson(name: "Joseph Aoun", aliases: ["Aoun"], office: "President of Lebanon", state: "LBN"),
        KnownPerson(name: "Nawaf Salam", aliases: [], office: "Prime Minister of Lebanon", state: "LBN"),
        KnownPerson(name: "Nabih Berri", aliases: ["Berri"], office: "Speaker of the Parliament of Lebanon", state: "LBN"),
        KnownPerson(name: "Ismail Haniyeh", aliases: ["Haniyeh"], office: "Hamas political chief (2017–2024)", state: nil),
        KnownPerson(name: "Yahya Sinwar", aliases: ["Sinwar"], office: "Hamas leader (2024)", state: nil),
        KnownPerson(name: "Hassan Nasrallah", aliases: ["Nasrallah"], office: "Hezbollah leader (1992–2024)", state: nil),
        KnownPerson(name: "Faisal bin Farhan", aliases: ["Faisal bin Farhan Al Saud"], office: "Foreign Minister of Saudi Arabia", state: "SAU"),
        KnownPerson(name: "Abdullah bin Zayed", aliases: ["Abdullah bin Zayed Al Nahyan", "Abdullah bin Zayed al-Nahyan"], office: "Foreign Minister of the United Arab Emirates", state: "ARE"),
        KnownPerson(name: "Mohamed bin Zayed", aliases: ["Mohamed bin Zayed Al Nahyan", "Mohammed bin Zayed"], office: "President of the United Arab Emirates", state: "ARE"),
        KnownPerson(
            name: "Abdullatif bin Rashid Al-Zayani", aliases: ["Abdullatif Al Zayani", "Abdullatif Al-Zayani", "Abdullatif bin Rashid Al Zayani", "Al-Zayani", "Al Zayani"],
            office: "Foreign Minister of Bahrain", state: "BHR"),
        KnownPerson(name: "Ayman Safadi", aliases: ["Safadi"], office: "Foreign Minister of Jordan", state: "JOR"),
        KnownPerson(name: "Mohammed Shia al-Sudani", aliases: ["al-Sudani"], office: "Prime Minister of Iraq", state: "IRQ"),
        KnownPerson(name: "Tony Blair", aliases: ["Blair"], office: "Prime Minister of the United Kingdom (1997–2007)", state: "GBR"),
        KnownPerson(name: "Bertie Ahern", aliases: ["Ahern"], office: "Taoiseach of Ireland (1997–2008)", state: "IRL"),
        KnownPerson(name: "George Mitchell", aliases: [], office: "U.S. special envoy for Northern Ireland (1995–2001)", state: "USA"),
        KnownPerson(name: "Madeleine Albright", aliases: ["Albright"], office: "U.S. Secretary of State (1997–2001)", state: "USA"),
        KnownPerson(name: "Colin Powell", aliases: ["Powell"], office: "U.S. Secretary of State (2001–2005)", state: "USA"),
        KnownPerson(name: "Condoleezza Rice", aliases: [], office: "U.S. Secretary of State (2005–2009)", state: "USA"),
        KnownPerson(name: "Hillary Clinton", aliases: [], office: "U.S. Secretary of State (2009–2013)", state: "USA"),
        KnownPerson(name: "Meles Zenawi", aliases: ["Meles"], office: "Prime Minister of Ethiopia (1995–2012)", state: "ETH"),
        KnownPerson(name: "Mwai Kibaki", aliases: ["Kibaki"], office: "President of Kenya (2002–2013)", state: "KEN"),
        KnownPerson(name: "Abdelaziz Bouteflika", aliases: ["Bouteflika"], office: "President of Algeria (1999–2019)", state: "DZA"),
        KnownPerson(name: "John Garang", aliases: ["Garang"], office: "leader of the Sudan People's Liberation Movement (1983–2005)", state: nil),
        KnownPerson(name: "Robert Mugabe", aliases: ["Mugabe"], office: "President of Zimbabwe (1987–2017)", state: "ZWE"),
        KnownPerson(name: "Jacob Zuma", aliases: ["Zuma"], office: "President of South Africa (2009–2018)", state: "ZAF"),
        KnownPerson(name: "Jakaya Kikwete", aliases: ["Kikwete"], office: "President of Tanzania (2005–2015)", state: "TZA"),
        KnownPerson(
            name: "Abd-Rabbu Mansour Hadi", aliases: ["Abdrabbuh Mansur Hadi", "Abed Rabbo Mansour Hadi", "Abd Rabbuh Mansour Hadi", "Abdu Rabbu Mansour Hadi", "Abedrabbo Mansour Hadi", "Hadi"],
            office: "President of Yemen (2012–2022)", state: "YEM"),
        KnownPerson(name: "Ali Abdullah Saleh", aliases: [], office: "President of Yemen (1990–2012)", state: "YEM"),
        KnownPerson(name: "Abdul-Malik al-Houthi", aliases: ["Abdul Malik al-Houthi", "Abdel-Malek al-Houthi", "Abdulmalik al-Houthi"], office: "leader of the Houthis", state: nil),
        KnownPerson(
            name: "Mohammed Abdul-Salam", aliases: ["Mohammed Abdulsalam", "Mohammed Abdelsalam", "Mohamed Abdulsalam", "Mohammed Abdul Salam", "Abdul-Salam", "Abdulsalam", "Abdelsalam"],
            office: "chief negotiator and spokesman of the Houthis", state: nil),
        KnownPerson(name: "Iván Duque", aliases: ["Ivan Duque", "Duque"], office: "President of Colombia (2018–2022)", state: "COL"),
        KnownPerson(name: "Antonio García", aliases: ["Antonio Garcia", "Eliécer Herlinto Chamorro"], office: "commander of the ELN", state: nil),
        KnownPerson(name: "Pablo Beltrán", aliases: ["Pablo Beltran", "Beltrán", "Beltran"], office: "chief negotiator of the ELN", state: nil),
        KnownPerson(name: "Otty Patiño", aliases: ["Otty Patino", "Patiño", "Patino"], office: "head of the Colombian government delegation to the talks with the ELN; Colombian peace commissioner", state: "COL"),
        KnownPerson(name: "Margot Wallström", aliases: ["Margot Wallstrom", "Wallström", "Wallstrom"], office: "Swedish Foreign Minister (2014–2019)", state: "SWE"),
        KnownPerson(name: "Nelson Mandela", aliases: ["Mandela"], office: "President of South Africa (1994–1999); facilitator of the Burundi peace talks", state: "ZAF"),
        KnownPerson(name: "Aung San Suu Kyi", aliases: ["Suu Kyi"], office: "leader of the National League for Democracy; State Counsellor of Myanmar (2016–2021)", state: nil),
        KnownPerson(name: "Thein Sein", aliases: [], office: "President of Myanmar (2011–2016)", state: "MMR"),
        KnownPerson(name: "Joseph Kony", aliases: ["Kony"], office: "leader of the Lord's Resistance Army", state: nil),
        KnownPerson(name: "Daniel arap Moi", aliases: ["Daniel Arap Moi", "Moi"], office: "President of Kenya (1978–2002)", state: "KEN"),
        KnownPerson(name: "Pierre Buyoya", aliases: ["Buyoya"], office: "President of Burundi (1996–2003)", state: "BDI"),
        KnownPerson(name: "George Robertson", aliases: ["Lord Robertson"], office: "NATO Secretary General (1999–2003)", state: nil),
        KnownPerson(name: "Javier Solana", aliases: ["Solana"], office: "EU High Representative for the Common Foreign and Security Policy (1999–2009)", state: nil),
        KnownPerson(name: "Boris Trajkovski", aliases: ["Trajkovski"], office: "President of the Republic of Macedonia (1999–2004)", state: "MKD"),
        KnownPerson(name: "Ali Ahmeti", aliases: ["Ahmeti"], office: "political leader of the ethnic Albanian rebels in Macedonia (2001)", state: nil),
        KnownPerson(name: "Yitzhak Rabin", aliases: ["Rabin", "Yitzak Rabin"], office: "Prime Minister of Israel (1974–1977, 1992–1995)", state: "ISR"),
        KnownPerson(name: "Shimon Peres", aliases: ["Peres"], office: "Foreign Minister, Prime Minister and President of Israel", state: "ISR"),
        KnownPerson(name: "Yasser Arafat", aliases: ["Arafat", "Yasir Arafat"], office: "Chairman of the Palestine Liberation Organization (1969–2004)", state: "PSE"),
        KnownPerson(name: "Hussein bin Talal", aliases: ["King Hussein"], office: "King of Jordan (1952–1999)", state: "JOR"),
        KnownPerson(name: "Juan Carlos", aliases: ["King Juan Carlos", "Juan Carlos I"], office: "King of Spain (1975–2014)", state: "ESP"),
        KnownPerson(name: "Raúl Castro", aliases: ["Raul Castro"], office: "President of Cuba (2008–2018)", state: "CUB"),
        KnownPerson(name: "Enrique Peña Nieto", aliases: ["Enrique Pena Nieto", "Peña Nieto", "Pena Nieto"], office: "President of Mexico (2012–2018)", state: "MEX"),
        KnownPerson(name: "Espen Barth Eide", aliases: ["Barth Eide", "Eide"], office: "Norwegian Foreign Minister", state: "NOR"),
        KnownPerson(name: "Børge Brende", aliases: ["Borge Brende", "Brende"], office: "Norwegian Foreign Minister (2013–2017)", state: "NOR"),
    ]

    /// A person the gazetteer lists whom a report names in another transliteration ("Sergey
    /// Lavrov", "Abdul Fatah al-Burhan", "Mohammed Dagalo"): the same surname, and a given name
    /// that opens with the same three letters.
    static func knownPerson(spelledDifferently words: [String]) -> KnownPerson? {
        guard words.count >= 2, let surname = words.last, words[0].count >= 3 else { return nil }
        let key = comparable(withoutParticle(surname))
        // "Ahmad al-Shara" for "Ahmed al-Sharaa": a surname transliterated with other vowels.
        // ("Husseini" is not "Hussein": a surname that ends in a vowel where the listed one ends in a consonant is another's.)
        let endsInVowel = { (word: String) in word.last.map { "aeiouy".contains($0) } ?? false }
        // "Abdel-Fattah al-Sissi" for "Abdel Fattah el-Sisi": a letter doubled in one transliteration only.
        guard let candidates = peopleBySurname[key] ?? peopleBySurname[undoubled(key)]
            ?? peopleBySurnameConsonants[consonants(of: key)]?.filter({ endsInVowel($0.surname) == endsInVowel(key) }).map(\.person)
        else { return nil }
        let given = comparable(words[0])
        // "Yizhak Rabin": a given name a letter off is still his. "Muhammad Bin Salman": the same
        // consonants, as transliterations of one Arabic name differ in their vowels.
        return candidates.first { candidate in
            let listed = comparable(candidate.name.split(separator: " ")[0])
            return listed.prefix(3) == given.prefix(3) || isMisspelling(given, ofSurnameIn: listed) || consonants(of: listed) == consonants(of: given)
        }
    }

    /// "sisi" of "Sissi": a doubled letter once.
    private static func undoubled(_ word: String) -> String {
        var single = ""
        for character in word where character != single.last { single.append(character) }
        return single
    }

    /// "mhmd" of "Mohammed", "Muhammad" and "Mohamed": the letters that are not vowels, a doubled one once.
    private static func consonants(of word: String) -> String {
        var skeleton = ""
        for character in word where !"aeiouy".contains(character) && character != skeleton.last { skeleton.append(character) }
        return skeleton
    }

    /// The one person the gazetteer lists by this surname whose office has the title a report gave
    /// it ("President Clinton" is Bill, not Hillary, Clinton).
    static func knownPerson(surname: String, title: String) -> KnownPerson? {
        guard let candidates = peopleBySurname[comparable(withoutParticle(surname))], candidates.count >= 2 else { return nil }
        let titleWords = Set(title.lowercased().split(separator: " ").map(String.init))
        let holders = candidates.filter { person in
            let office = Set(person.office.lowercased().split(whereSeparator: { !$0.isLetter }).map(String.init))
            return !titleWords.isDisjoint(with: office)
        }
        return holders.count == 1 ? holders.first : nil
    }

    private static func comparable(_ word: some StringProtocol) -> String {
        word.folding(options: [.diacriticInsensitive, .caseInsensitive], locale: nil)
    }

    /// The same, by the consonants of each surname: looked up only when the surname as written is listed nowhere.
    private static let peopleBySurnameConsonants: [String: [(surname: String, person: KnownPerson)]] = peopleBySurname.reduce(into: [:]) { table, entry in
        // Short skeletons ("sh" of "Shoe") would match too much.
        let skeleton = consonants(of: entry.key)
        guard skeleton.count >= 3 else { return }
        for person in entry.value where !(table[skeleton]?.contains { $0.person.name == person.name } ?? false) {
            table[skeleton, default: []].append((entry.key, person))
        }
    }

    private static let peopleBySurname: [String: [KnownPerson]] = {
        var table: [String: [KnownPerson]] = [:]
        for person in people {
            let surnames = Set(([person.name] + person.aliases).compactMap { $0.split(separator: " ").last.map { comparable(withoutParticle(String($0))) } })
            for surname in surnames { table[surname, default: []].append(person) }
        }
        return table
    }()

    /// The organisation a listed person speaks or spoke for, read from their office ("UN Secretary-General",
    /// "EU foreign policy chief", "commander of the Rapid Support Forces"); none for someone who speaks
    /// for a state.
    static let organisationOfPerson: [String: String] = {
        var table: [String: String] = [:]
        // A former official too: reports from their time in office have them speak for the body.
        for person in people where person.state == nil {
            let words = Tokenizer.words(in: person.office).map(\.text)
            search: for length in stride(from: min(6, words.count), through: 1, by: -1) {
                for start in 0...(words.count - length) {
                    if case .organisation(let name)? = phrases[Array(words[start..<(start + length)])] {
                        table[person.name] = name
                        break search
                    }
                }
            }
        }
        return table
    }()

    /// Every name and alias, as words, with the person it names.
    static let personPhrases = PhraseTable(personPhraseList)

    private static let personPhraseList: [[String]: KnownPerson] = {
        var phrases: [[String]: KnownPerson] = [:]
        for person in people {
            for name in ([person.name] + person.aliases).flatMap(spellings(of:)) {
                let words = Tokenizer.words(in: name).map(\.text)
                if phrases[words] == nil { phrases[words] = person }
            }
        }
        return phrases
    }()

    static let longestPersonPhraseByFirstWord = WordTable(
        personPhraseList.keys.reduce(into: [String: Int]()) { table, words in table[words[0]] = max(table[words[0]] ?? 0, words.count) }.map { ($0.key, $0.value) })
}
