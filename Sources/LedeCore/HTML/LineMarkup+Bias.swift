import Foundation

extension HTMLPage.Read {
    /// Log-odds added to the line model's, for lines an HTML page's markup places. Chosen by a
    /// small grid on the three dev corpora's saved pages together (`scripts/score-corpus …/html`),
    /// never one page; the figures are flat around these (each ±0.5 moves no corpus's F1 by more
    /// than 0.01).
    /// `LEDE_HTML_BIAS=inside,outside,links,furniture` tries others.
    struct BiasWeights {
        /// A line inside the article's container (`itemprop=articleBody`, the one `<article>` or `<main>`).
        var inside = 1.5
        /// A line of text outside it.
        var outside = -2.0
        /// A line that is all links (a menu, a list of related stories).
        var links = -0.5
        /// A line in page furniture: navigation, an aside, a footer, a figure's caption, a form.
        var furniture = -1.0

        static let standard: BiasWeights = {
            guard let text = ProcessInfo.processInfo.environment["LEDE_HTML_BIAS"] else { return BiasWeights() }
            let values = text.split(separator: ",").compactMap { Double($0) }
            guard values.count == 4 else { return BiasWeights() }
            return BiasWeights(inside: values[0], outside: values[1], links: values[2], furniture: values[3])
        }()
    }

    /// Per line of the text, the log-odds the markup adds (empty when it adds none).
    func lineBias(_ weights: BiasWeights = .standard) -> [Double] {
        lines.map { line in
            guard line.bytes > 0 else { return 0 }
            var bias = 0.0
            if let container { bias += container.share(of: line) >= 0.5 ? weights.inside : weights.outside }
            if line.linkShare >= 0.9 { bias += weights.links }
            if line.furnitureShare >= 0.5 { bias += weights.furniture }
            return bias
        }
    }
}
