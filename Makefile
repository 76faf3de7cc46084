# Maillage: `make run` installs, builds and starts the platform with demo data; `make test` runs every test.
BUILD ?= build
DB ?= data/maillage.db
JOBS ?= 2

.PHONY: all deps build run test bench fuzz clean

all: build

deps:
	@bash scripts/install-deps.sh
	@[ node_modules/.package-lock.json -nt package-lock.json ] || npm ci --no-audit --no-fund --loglevel=error

$(BUILD)/Makefile: CMakeLists.txt
	@cmake -S . -B $(BUILD) -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null

build: deps $(BUILD)/Makefile
	@cmake --build $(BUILD) -j$(JOBS)

run: build
	@mkdir -p data
	@./$(BUILD)/maillage migrate --db sqlite://$(DB)
	@./$(BUILD)/maillage seed-demo --db sqlite://$(DB)
	@./$(BUILD)/maillage serve --db sqlite://$(DB) --demo --host 127.0.0.1 --port 8080

test: build
	@bash scripts/test.sh $(BUILD)

bench: build
	@bash scripts/bench.sh $(BUILD)

# libFuzzer targets (clang-14, ASan, UBSan) for 10^6 executions each: executions and crashes per target.
fuzz:
	@bash scripts/fuzz.sh

clean:
	rm -rf $(BUILD) build-fuzz
