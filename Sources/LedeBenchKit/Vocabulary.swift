/// The generator's own word lists: plain news vocabulary, made-up names, real place names with
/// diacritics, and a few CJK phrases, so the pages exercise folding and display width.
enum Vocabulary {
    static let words = """
    the of and to in a is that for it as was with be by on not he this are or his from at which but have an they \
    you were her she there been one all we their has would when if so no what up said out them into more other \
    harbour council storm tide gates river city minister government election market price trade talks border \
    troops ceasefire court ruling budget tax workers strike union ferry crews bridge rail port airport energy \
    grid climate flood drought harvest farmers village mayor governor senate parliament policy reform inquiry \
    report evidence witness police protest crowd square festival museum archive history century decade winter \
    summer morning evening night week month year official spokesman analyst economist engineer doctor hospital \
    school teacher student family children neighbours shop factory company investors shares bank loan debt \
    inflation wages housing rent water power fuel diplomacy treaty alliance sanctions visas embassy talks
    """.split(whereSeparator: { $0 == " " || $0 == "\n" }).map(String.init)
    static let names = ["Okafor", "Lindqvist", "Haddad", "Moreau", "Tanaka", "Costa", "Novak", "Reyes", "Brennan", "Iyer"]
    static let givenNames = ["Amara", "Jonas", "Leila", "Mateus", "Yuki", "Ines", "Tomasz", "Priya", "Owen", "Sofía"]
    static let places = ["Valparaíso", "Kraków", "Lagos", "Hobart", "Tromsø", "Ōsaka", "Mombasa", "Gdańsk", "Cádiz", "Quebec"]
    static let months = ["Jan", "Feb", "March", "April", "May", "June", "July", "Aug", "Sept", "Oct", "Nov", "Dec"]
    static let sections = ["Analysis | Coastlines", "World", "Politics", "Business | Markets", "Climate", "Culture", "Opinion", "Science"]
    static let furniture = ["Follow us on social", "share this", "Menu", "Search", "Sign in", "LATEST", "Newsletter", "google cta"]
    static let menu = [
        "Home", "World", "Politics", "Business", "Markets", "Climate", "Science", "Culture", "Sport", "Opinion",
        "Podcasts", "Video", "Weather", "Local News", "Obituaries", "Crosswords", "Events", "Contact Us", "About Us",
        "Careers", "Advertise", "Privacy Policy", "Terms of Use", "Cookie Settings", "Help Centre", "Archive",
    ]
    static let cjk = ["「港の門は持ちこたえた」", "市議会は来週決定する。", "防潮堤", "台风过后，码头恢复了平静。", "항구의 문이 버텼다."]
}
