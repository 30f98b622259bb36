/// ArgumentParser's completion scripts do not know that `lede` alone is `lede read`: at the top
/// level they offer only the command names, so `lede --theme <Tab>` and `lede ~/ne<Tab>` would
/// complete nothing. Each script is patched to offer `read`'s options, theme names and paths
/// there too; a script that no longer has the expected shape is left as ArgumentParser wrote it.
enum Completions {
    /// `script` with the top level completing as `read` too.
    static func patched(_ script: String) -> String {
        if script.hasPrefix("#!/bin/bash") { return script.replacingOccurrences(of: bashTopLevel, with: bashTopLevelAsRead) }
        if script.hasPrefix("#compdef") {
            return script.replacingOccurrences(of: zshTopLevel, with: zshTopLevelAsRead)
                .replacingOccurrences(of: zshCommands, with: zshCommandsOrPaths)
        }
        if script.contains("function __lede_custom_completion") { return script + fishTopLevelAsRead }
        return script
    }

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

    static let zshTopLevel = """
            '(-): :->command'
    """

    static let zshTopLevelAsRead = """
            '--theme[A theme name (see `lede themes`) or a theme file.]:name|file:{__lede_custom_complete ---completion read -- --theme "${current_word_index}" "$(__lede_cursor_index_in_current_word)"}'
            '--no-color[Draw without colour.]'
            '--no-state[Read and write no state.]'
            '(-): :->command'
    """

    static let zshCommands = """
            _describe -V subcommand subcommands && ret=0
    """

    static let zshCommandsOrPaths = """
            _describe -V subcommand subcommands && ret=0
            _files && ret=0
    """

    static let fishTopLevelAsRead = """

        # `lede …` with no command is `lede read …`: its options and paths at the top level too.
        set -l __lede_commands read dump search state themes help
        complete -c 'lede' -n "not __fish_seen_subcommand_from $__lede_commands" -l 'theme' -d 'A theme name (see `lede themes`) or a theme file.' -rfka '(__lede_custom_completion ---completion read -- --theme (count (__lede_tokens -pc)) (__lede_tokens -tC))'
        complete -c 'lede' -n "not __fish_seen_subcommand_from $__lede_commands" -l 'no-color' -d 'Draw without colour.'
        complete -c 'lede' -n "not __fish_seen_subcommand_from $__lede_commands" -l 'no-state' -d 'Read and write no state.'
        complete -c 'lede' -n "not __fish_seen_subcommand_from $__lede_commands" -F

        """
}
