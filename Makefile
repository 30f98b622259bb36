# make install [PREFIX=~/.local] / make uninstall: lede, its man page and its shell completions
# under PREFIX (DESTDIR, if set, is put before it, for packagers). Nothing outside it is touched.
PREFIX ?= $(HOME)/.local
SWIFT ?= swift

BIN  = $(DESTDIR)$(PREFIX)/bin/lede
MAN  = $(DESTDIR)$(PREFIX)/share/man/man1/lede.1
BASH = $(DESTDIR)$(PREFIX)/share/bash-completion/completions/lede
ZSH  = $(DESTDIR)$(PREFIX)/share/zsh/site-functions/_lede
FISH = $(DESTDIR)$(PREFIX)/share/fish/vendor_completions.d/lede.fish
# Folders install may have made, deepest first, PREFIX last: uninstall removes those left empty.
DIRS = $(dir $(BASH)) $(DESTDIR)$(PREFIX)/share/bash-completion $(dir $(ZSH)) $(DESTDIR)$(PREFIX)/share/zsh \
       $(dir $(FISH)) $(DESTDIR)$(PREFIX)/share/fish $(dir $(MAN)) $(DESTDIR)$(PREFIX)/share/man \
       $(DESTDIR)$(PREFIX)/share $(DESTDIR)$(PREFIX)/bin $(DESTDIR)$(PREFIX)

.PHONY: all build install uninstall
all: build

build:
	$(SWIFT) build -c release --product lede

install: build
	@bin="$$($(SWIFT) build -c release --show-bin-path)/lede" && set -e && \
	install -d "$(dir $(BIN))" "$(dir $(MAN))" "$(dir $(BASH))" "$(dir $(ZSH))" "$(dir $(FISH))" && \
	install -m 755 "$$bin" "$(BIN)" && \
	install -m 644 Documentation/lede.1 "$(MAN)" && \
	"$$bin" --generate-completion-script bash > "$(BASH)" && \
	"$$bin" --generate-completion-script zsh > "$(ZSH)" && \
	"$$bin" --generate-completion-script fish > "$(FISH)" && \
	chmod 644 "$(BASH)" "$(ZSH)" "$(FISH)" && \
	echo "installed $(BIN), $(MAN) and completions for bash, zsh and fish"

uninstall:
	rm -f "$(BIN)" "$(MAN)" "$(BASH)" "$(ZSH)" "$(FISH)"
	@for dir in $(DIRS); do rmdir "$$dir" 2>/dev/null || true; done
