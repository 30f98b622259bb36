@testable import LedeCore
import Testing

/// The site a page names in its copyright line, as the list shows it beside each headline.
@Suite struct SiteNameTests {
    @Test(arguments: [
        ("Copyright ©2019 Dow Jones & Company, Inc. All Rights Reserved.", "Dow Jones & Company, Inc"),
        ("© 2004-2019 CBS Interactive. All Rights Reserved.", "CBS Interactive"),
        ("Copyright © 2010 AUTORACING. Todos os direitos reservados.", "AUTORACING"),
        ("© 2019 Sputnik. All rights reserved", "Sputnik"),
        ("copyright Inexhibit 2019 - ISSN: 2283-5474", "Inexhibit"),
        ("© 2019 CNBC LLC. All Rights Reserved. A Division of NBCUniversal", "CNBC LLC"),
        ("© Phys.org 2003 - 2019 powered by Science X Network", "Phys.org"),
        ("©2019 The Associated Press. All rights reserved.", "The Associated Press"),
        ("Copyright 2019. Washington Examiner. All Rights Reserved.", "Washington Examiner"),
        ("©All Rights Reserved Poynter Institute 2019, a 501(c)(3) nonprofit organization", "Poynter Institute"),
        ("Hearst Newspapers © Copyright The Hearst Corporation", "The Hearst Corporation"),
        ("© 2019 National Review", "National Review"),
        ("© 2000 - 2019 Al Bawaba (www.albawaba.com)", "Al Bawaba"),
        ("© Zurek Design LLC — Read our fascinating terms of service.", "Zurek Design LLC"),
        ("Copyright © 2002-2019 - Designed by Gray Digital Media - Powered by Clickability", nil),
        ("© 2024 Городская газета. Все права защищены.", "Городская газета"),
        ("© 2024 El Diario Todos los derechos reservados", "El Diario"),
        ("<저작권자 © 해안일보, 무단 전재 및 재배포 금지>", "해안일보"),
        ("© 2024 सर्वाधिकार सुरक्षित", nil),
        ("© 2024 Tüm hakları saklıdır", nil),
        ("© Copyright by the Boston Herald and Herald Media.", "the Boston Herald and Herald Media"),
        ("© Copyright of Telegraph Media Group Limited 2015", "Telegraph Media Group Limited"),
    ] as [(String, String?)])
    func copyrightLinesGiveTheNameTheyHold(line: String, name: String?) {
        #expect(SiteName.name(inCopyrightLine: Substring(line)) == name)
    }

    @Test(arguments: ["Copyright Policy", "All Rights Reserved © 2019", "© All rights reserved | Terms", "© REUTERS / POOL",
                      "(Image: © NASA/ESA/K. Retherford/SWRI)", "Jewels, installation views, photos © Inexhibit, 2018",
                      "The © sign is explained in a sentence far too long to be the name of any site at all."])
    func linesThatNameNoSiteGiveNone(line: String) {
        #expect(SiteName.name(inCopyrightLine: Substring(line)) == nil)
    }

    @Test func theLastCopyrightLineOfThePageWins() {
        let page = "Headline\n\n© REUTERS / POOL\n\nBody text.\n\nCopyright Policy\n© 2019 Sputnik. All rights reserved\n"
        #expect(SiteName.find(in: page) == "Sputnik")
        #expect(SiteName.find(in: "Headline\n\nBody text with no footer.\n") == nil)
    }

    /// `find(in:)` as it was made: every line of the tail with a mark, the last that gives a name.
    static func foundLineByLine(in page: String) -> String? {
        let tail = String(decoding: page.utf8.suffix(SiteName.tailBytes), as: UTF8.self)
        let lines = tail.utf8.split(separator: 0x0A, omittingEmptySubsequences: false).filter { line in
            line.count <= 300 && Array(line).withUnsafeBufferPointer(SiteName.mayHoldCopyright)
        }
        return lines.reversed().lazy.compactMap { SiteName.name(inCopyrightLine: Substring(String(decoding: $0, as: UTF8.self))) }.first
    }

    @Test func theTailReadBackwardsFindsWhatReadingItLineByLineFinds() {
        let footers = ["© 2019 Sputnik. All rights reserved", "(c) Example Media", "Copyright Policy", "© REUTERS / POOL",
                       "COPYRIGHT 2020 The Foo Gazette", "c) co (c", "Cocoa, cocoa ©", "© 2024 Городская газета"]
        let long = String(repeating: "Body text, copyright free. ", count: 12)
        var pages: [String] = ["", "©", "(c) X", "\n© 2019 Sputnik", "Body.\n© 2019 Sputnik\n"]
        for (index, footer) in footers.enumerated() {
            for other in footers {
                for pad in 0..<9 {
                    let filler = String(repeating: "x", count: pad)
                    pages.append("Headline\n\(filler)\(footer)\nBody text.\n\(other)\(filler)\n\(long)")
                    pages.append("\(filler)\(footer)\n\(long)\(other)\n\(filler)")
                    pages.append("\(long)\(footer)\n\(filler)\(other)")
                }
            }
            // A tail that starts inside a character, and a copyright line too long to be a footer's.
            pages.append(String(repeating: "é", count: SiteName.tailBytes / 2 + index) + "\n" + footer)
            pages.append(footer + " " + long + "\n" + footers[(index + 1) % footers.count])
        }
        for page in pages {
            #expect(SiteName.find(in: page) == Self.foundLineByLine(in: page), "\(page.prefix(200))")
            let bytes = Array(page.utf8)
            #expect(bytes.withUnsafeBufferPointer { SiteName.find(inUTF8: $0) } == Self.foundLineByLine(in: page))
        }
    }

    @Test func aNameIsCleanedOfControlCharacters() {
        #expect(SiteName.find(in: "© 2019 Evil\u{1B}[2J Times\u{202E}. All rights reserved") == "Evil Times")
    }
}

@Suite struct CopyrightLineScanTests {
    @Test func linesThatMayNameASiteAreFoundByTheirBytes() {
        func scan(_ text: String) -> Bool {
            var text = text
            return text.withUTF8 { SiteName.mayHoldCopyright($0) }
        }
        for line in ["© 2019 CNBC LLC", "(c) Example", "(C) Example", "COPYRIGHT 2020 Foo", "Copyright Foo", "x copyright"] {
            #expect(scan(line), "\(line)")
        }
        for line in ["Contact us", "copyrigh", "(c", "c)", "A © sign is not ©", ""] where !line.contains("©") {
            #expect(!scan(line), "\(line)")
        }
    }
}
