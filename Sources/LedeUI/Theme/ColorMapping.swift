/// Maps theme colours to what a terminal with `colors` colours can show.
public enum ColorMapping {
    /// Terminals that report this many colours or more (`xterm-direct`: 2²⁴) take colours as
    /// 0xRRGGBB, except 0–7, which stay the 8 basic colours.
    public static let directColors = 1 << 24

    /// The palette index for `color` on a terminal with `colors` colours (8, 16, 256, or direct:
    /// then the colour's 0xRRGGBB value).
    public static func index(for color: Color, colors: Int) -> Int {
        if colors >= directColors { return direct(color) }
        switch color {
        case .ansi(let n):
            return colors >= 16 ? Int(n) : Int(n) % 8
        case .indexed(let n):
            if colors >= 256 || n < colors { return Int(n) }
            return nearestBasic(rgb(ofIndex: Int(n)), colors: colors)
        case .rgb(let r, let g, let b):
            if colors >= 256 { return nearest256(r, g, b) }
            return nearestBasic((Int(r), Int(g), Int(b)), colors: colors)
        }
    }

    /// The palette indices for a foreground and background (nil: the terminal's own). On 8 or
    /// 16 colours two different colours can fall on one (a dark-grey rule on a near-black page
    /// both become black, the rule gone): the foreground then takes the nearest other colour,
    /// a grey the nearest other grey.
    public static func indices(foreground: Color?, background: Color?, colors: Int) -> (foreground: Int, background: Int) {
        let back = background.map { index(for: $0, colors: colors) } ?? -1
        guard let foreground else { return (-1, back) }
        let fore = index(for: foreground, colors: colors)
        guard fore == back, colors < 256, foreground != background else { return (fore, back) }
        let target = rgb(of: foreground)
        let isGrey = max(target.0, target.1, target.2) - min(target.0, target.1, target.2) < 30
        let count = colors >= 16 ? 16 : 8
        let others = (0..<count).filter { $0 != back && (!isGrey || [0, 7, 8, 15].contains($0)) }
        return (nearest(target, among: others) ?? fore, back)
    }

    /// The RGB value of a theme colour (a palette colour as xterm shows it).
    static func rgb(of color: Color) -> (Int, Int, Int) {
        switch color {
        case .ansi(let n), .indexed(let n): return rgb(ofIndex: Int(n))
        case .rgb(let r, let g, let b): return (Int(r), Int(g), Int(b))
        }
    }

    /// The palette index among `candidates` whose colour is closest to `target`.
    static func nearest(_ target: (Int, Int, Int), among candidates: some Sequence<Int>) -> Int? {
        candidates.min { distance(rgb(ofIndex: $0), target) < distance(rgb(ofIndex: $1), target) }
    }

    /// A direct colour's number: basic colours 0–7 as themselves, the rest as 0xRRGGBB
    /// (a near-black below 8 would be read as a basic colour, so it becomes 0x000008).
    static func direct(_ color: Color) -> Int {
        switch color {
        case .ansi(let n) where n < 8, .indexed(let n) where n < 8: return Int(n)
        default:
            let (r, g, b) = rgb(of: color)
            return max(8, r << 16 | g << 8 | b)
        }
    }

    /// The xterm 256-colour palette entry closest to an RGB colour (cube or grey ramp).
    static func nearest256(_ r: UInt8, _ g: UInt8, _ b: UInt8) -> Int {
        let levels = [0, 95, 135, 175, 215, 255]
        func cubeStep(_ value: UInt8) -> Int {
            levels.indices.min { abs(levels[$0] - Int(value)) < abs(levels[$1] - Int(value)) } ?? 0
        }
        let cube = 16 + 36 * cubeStep(r) + 6 * cubeStep(g) + cubeStep(b)
        let average = (Int(r) + Int(g) + Int(b)) / 3
        let greyStep = min(23, max(0, (average - 8 + 5) / 10))
        let grey = 232 + greyStep
        let target = (Int(r), Int(g), Int(b))
        return distance(rgb(ofIndex: grey), target) < distance(rgb(ofIndex: cube), target) ? grey : cube
    }

    /// The basic colour (first 8 or 16) closest to an RGB colour.
    static func nearestBasic(_ target: (Int, Int, Int), colors: Int) -> Int {
        let count = colors >= 16 ? 16 : 8
        return nearest(target, among: 0..<count) ?? 7
    }

    /// The RGB value xterm shows for a palette index (used to judge contrast, too).
    public static func rgb(ofIndex index: Int) -> (Int, Int, Int) {
        let basic: [(Int, Int, Int)] = [
            (0, 0, 0), (205, 0, 0), (0, 205, 0), (205, 205, 0), (0, 0, 238), (205, 0, 205), (0, 205, 205), (229, 229, 229),
            (127, 127, 127), (255, 0, 0), (0, 255, 0), (255, 255, 0), (92, 92, 255), (255, 0, 255), (0, 255, 255), (255, 255, 255),
        ]
        if index < 16 { return basic[max(0, index)] }
        if index >= 232 { let v = 8 + 10 * (index - 232); return (v, v, v) }
        let levels = [0, 95, 135, 175, 215, 255]
        let cube = index - 16
        return (levels[cube / 36], levels[(cube / 6) % 6], levels[cube % 6])
    }

    private static func distance(_ a: (Int, Int, Int), _ b: (Int, Int, Int)) -> Int {
        let dr = a.0 - b.0, dg = a.1 - b.1, db = a.2 - b.2
        return 2 * dr * dr + 4 * dg * dg + 3 * db * db
    }
}
