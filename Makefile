# Maillage: `make run` installs, builds and starts the platform with demo data; `make test` runs every test.
BUILD ?= build
DB ?= data/maillage.db
JOBS ?= 2
DURATION ?= 600

.PHONY: all deps build run test bench fuzz drill soak clean

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

# kill -9 of the server in a 1,000-registration burst, then restart: on SQLite, then on a throwaway PostgreSQL.
drill: build
	@./$(BUILD)/maillage_drill crash --sqlite
	@bash scripts/with-postgres.sh ./$(BUILD)/maillage_drill crash --postgres

# DURATION seconds (default 600) of mixed traffic on loopback; RSS and latency every 10 s; verdict.
soak: build
	@./$(BUILD)/maillage_drill soak --duration $(DURATION)

clean:
	rm -rf $(BUILD) build-fuzz
