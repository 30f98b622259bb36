import CNcursesw

/// How many colours the terminal `TERM` names can show, read from its terminfo entry without
/// opening the screen: for output Lede writes itself (`lede themes --preview`), mapped as the
/// reader maps its colours (`ColorMapping`). Nil when the entry cannot be read or names none.
public enum TerminfoColors {
    public static func count() -> Int? {
        let colors = Int(lede_terminfo_colors())
        return colors > 0 ? colors : nil
    }
}
