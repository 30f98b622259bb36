/// ArgumentParser's completion scripts do not know that `lede` alone is `lede read`: at the top
/// level they offer only the command names, so `lede --theme <Tab>` and `lede ~/ne<Tab>` would
/// complete nothing. The bash script is patched to offer `read`'s options, values and paths there
/// too; a script that no longer has the expected shape is left as ArgumentParser wrote it.
enum Completions {
    static let bashTopLevel = """
        *)
            # Offer subcommand completions
            COMPREPLY+=($(compgen -W 'read dump search state themes help' -- "${cur}"))
            ;;
    """

    static let bashTopLevelAsRead = """
        *)
            # `lede …` with no command is `lede read …`: its options, their values and paths,
            # and the command names unless an option's value is wanted.
            unparsed_words=("${COMP_WORDS[@]:1:${COMP_CWORD}}")
            if [[ "${prev}" == --theme ]]; then COMPREPLY=(); fi
            _lede_read
            [[ "${prev}" == --theme ]] || COMPREPLY+=($(compgen -W 'read dump search state themes help' -- "${cur}"))
            ;;
    """

    /// `script` with the top level completing as `read` when it is the bash script.
    static func patched(_ script: String) -> String {
        guard script.hasPrefix("#!/bin/bash") else { return script }
        return script.replacingOccurrences(of: bashTopLevel, with: bashTopLevelAsRead)
    }
}
