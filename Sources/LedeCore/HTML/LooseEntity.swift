/// HTML5's named character references that libxml2's HTML parser, which knows HTML 4's, leaves
/// as text ("4&percnt;", "&lpar;a record&rpar;", "&check;"): it hands each on in three pieces,
/// "&", the name, then ";" and what follows. Held back here and joined into the character a
/// browser shows; any other "&…" goes on as it came.
struct LooseEntity {
    /// nil: nothing held; empty: an "&" held; else the name after it.
    private var held: [UInt8]?

    /// Passes `text` on to `deliver`, an "&" and a name held until the piece after them shows
    /// whether they make a reference.
    mutating func pass(_ text: UnsafeBufferPointer<UInt8>, to deliver: (UnsafeBufferPointer<UInt8>) -> Void) {
        if let name = held {
            if name.isEmpty, text.count <= Self.longestName, !text.isEmpty, text.allSatisfy(Self.isNameByte) {
                held = Array(text)
                return
            }
            if !name.isEmpty, text.first == 0x3B, let character = Self.characters[String(decoding: name, as: UTF8.self)] {  // ;
                held = nil
                var bytes = Array(character.utf8)
                bytes.append(contentsOf: text.dropFirst())
                bytes.withUnsafeBufferPointer(deliver)
                return
            }
            flush(to: deliver)
        }
        if text.count == 1, text[0] == 0x26 {  // &
            held = []
            return
        }
        deliver(text)
    }

    /// Passes on what is held, as it came: an element starts or ends, or the page does.
    mutating func flush(to deliver: (UnsafeBufferPointer<UInt8>) -> Void) {
        guard let name = held else { return }
        held = nil
        ([0x26] + name).withUnsafeBufferPointer(deliver)
    }

    private static func isNameByte(_ byte: UInt8) -> Bool {
        (byte | 0x20) &- 0x61 < 26 || byte &- 0x30 < 10
    }

    private static let longestName = 16

    /// The HTML5 names news pages use that HTML 4 lacks: punctuation spelt out, marks and
    /// symbols, and capitalised spellings of HTML 4's.
    static let characters: [String: String] = [
        "percnt": "%", "lpar": "(", "rpar": ")", "commat": "@", "excl": "!", "quest": "?", "num": "#",
        "dollar": "$", "ast": "*", "plus": "+", "comma": ",", "period": ".", "colon": ":", "semi": ";",
        "equals": "=", "lsqb": "[", "rsqb": "]", "lbrack": "[", "rbrack": "]", "lcub": "{", "rcub": "}",
        "lbrace": "{", "rbrace": "}", "verbar": "|", "vert": "|", "lowbar": "_", "grave": "`", "bsol": "\\",
        "sol": "/", "Hat": "^", "hyphen": "‐", "dash": "‐", "mldr": "…", "nldr": "‥", "bullet": "•",
        "check": "✓", "checkmark": "✓", "cross": "✗", "star": "☆", "starf": "★", "bigstar": "★",
        "phone": "☎", "female": "♀", "male": "♂", "sharp": "♯", "flat": "♭", "natural": "♮",
        "frac13": "⅓", "frac23": "⅔", "frac15": "⅕", "frac18": "⅛", "numero": "№", "caret": "⁁",
        "RightArrow": "→", "LeftArrow": "←", "UpArrow": "↑", "DownArrow": "↓", "rightarrow": "→", "leftarrow": "←",
        "TRADE": "™", "COPY": "©", "REG": "®", "AMP": "&", "LT": "<", "GT": ">", "QUOT": "\"",
        "NewLine": "\n", "Tab": "\t", "NoBreak": "\u{2060}", "ZeroWidthSpace": "\u{200B}",
    ]
}
