#ifndef CNCURSESW_SHIM_H
#define CNCURSESW_SHIM_H
/* The wide-character API must be switched on before the header is read. */
#ifndef NCURSES_WIDECHAR
#define NCURSES_WIDECHAR 1
#endif
#ifndef _XOPEN_SOURCE_EXTENDED
#define _XOPEN_SOURCE_EXTENDED 1
#endif
#include <locale.h>
#include <wchar.h>
#include <stdio.h>
#include <ncursesw/curses.h>
#include <ncursesw/term.h>
#include <malloc.h>

/* glibc's mallopt, whose constants Swift does not see (FrameMemory.swift says why). */
static inline void lede_keep_blocks_in_heap(int below) {
    mallopt(M_MMAP_THRESHOLD, below);
    mallopt(M_TRIM_THRESHOLD, 4 * below);
}

/* Globals and macros Swift 6 cannot import safely, as functions. */
static inline WINDOW *lede_stdscr(void) { return stdscr; }
static inline FILE *lede_stdin(void) { return stdin; }
static inline FILE *lede_stdout(void) { return stdout; }
static inline int lede_colors(void) { return COLORS; }
static inline int lede_color_pairs(void) { return COLOR_PAIRS; }
/* The colours TERM's terminfo entry names, without opening the screen (`lede themes --preview`
   writes escape sequences itself); -1 when the entry cannot be read or names none. */
static inline int lede_terminfo_colors(void) {
    int error = 0;
    if (setupterm(NULL, 1, &error) != OK) return -1;
    int colors = tigetnum("colors");
    del_curterm(cur_term);
    return colors;
}
static inline int lede_getmaxy(WINDOW *w) { return getmaxy(w); }
static inline int lede_getmaxx(WINDOW *w) { return getmaxx(w); }
static inline attr_t lede_a_normal(void) { return A_NORMAL; }
static inline attr_t lede_a_bold(void) { return A_BOLD; }
static inline attr_t lede_a_dim(void) { return A_DIM; }
static inline attr_t lede_a_italic(void) { return A_ITALIC; }
static inline attr_t lede_a_underline(void) { return A_UNDERLINE; }
static inline attr_t lede_a_reverse(void) { return A_REVERSE; }
static inline mmask_t lede_mouse_events(void) { return ALL_MOUSE_EVENTS | REPORT_MOUSE_POSITION; }
static inline mmask_t lede_button1_pressed(void) { return BUTTON1_PRESSED; }
static inline mmask_t lede_button1_clicked(void) { return BUTTON1_CLICKED; }
static inline mmask_t lede_button4_pressed(void) { return BUTTON4_PRESSED; }
static inline mmask_t lede_button5_pressed(void) { return BUTTON5_PRESSED; }
#endif
