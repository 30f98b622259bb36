import Foundation
@testable import LedeCore
import Testing

/// `PlainSearch` answers from bytes only what Foundation's search would answer.
@Suite struct PlainSearchTests {
    static let texts = [
        "© 2015 Condé Nast. All rights reserved", "CONDÉ NAST © 2015", "Café › News › Économie", "Ärger. Öl; über – (c) 2019",
        "naïve résumé × ÷ ÿ", "Straße. All rights reserved", "Conde\u{301} Nast", "x\u{301}(c) y", "ﬁle photo", "plain ASCII – text",
        "© Copyright 2010 - 2015. The Daily Caller · Version 3.01.", "CNN Sans ™ & © 2016 Cable News Network.",
        "“Quoted,” she said of the ‘pods’. Credit: ESA", "‘Credit’ “CREDIT:” credit:\u{301}", "… for two years… Credit: ESA...",
    ]
    static let phrases = ["all rights reserved", "©", "(c)", "conde", "nast", " › ", ". ", "; ", " (", "photo", "ss", "é", "CONDÉ", "credit:", "“", "’", "…", "..."]

    @Test func searchesAnswerAsFoundationDoes() {
        for text in Self.texts {
            for phrase in Self.phrases {
                for caseInsensitive in [false, true] {
                    for backwards in [false, true] {
                        guard let answer = PlainSearch.range(of: phrase, in: text, caseInsensitive: caseInsensitive, backwards: backwards) else { continue }
                        var options: String.CompareOptions = []
                        if caseInsensitive { options.insert(.caseInsensitive) }
                        if backwards { options.insert(.backwards) }
                        #expect(answer == text.range(of: phrase, options: options), "\(phrase) in \(text)")
                    }
                }
            }
        }
    }

    @Test func plainTextsWithLatin1LettersAreSearchedByBytes() {
        #expect(PlainSearch.contains("nast", in: "© 2015 condé nast") == true)
        #expect(PlainSearch.contains("conde", in: "© 2015 condé nast") == false)
        // ß folds to "ss", a combining mark joins the letter before it: Foundation is asked.
        #expect(PlainSearch.contains("ss", in: "Straße") == nil)
        #expect(PlainSearch.contains("nast", in: "Conde\u{301} Nast") == nil)
    }

    @Test func lowercasingAsTheStandardLibraryDoes() {
        for text in Self.texts + ["ÀÉÎÕÜÝÞ ×", "àéîõüýþÿ"] {
            #expect(PlainSearch.lowercased(text) == text.lowercased(), "\(text)")
        }
    }
}
