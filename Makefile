# The two commands a fresh machine needs: `make demo` and `make test`. Both install missing Debian packages
# (make deps), configure and build with the CMake preset, then run.
BUILD_DIR := build
DEMO_DIR  := $(BUILD_DIR)/demo
CTEST_PARALLEL ?= 2

.PHONY: all deps configure build test demo screenshot format clean

all: build

deps:
	@installer/install-deps.sh

$(BUILD_DIR)/build.ninja: CMakeLists.txt CMakePresets.json
	cmake --preset default

configure: deps $(BUILD_DIR)/build.ninja

build: configure
	cmake --build --preset default

test: build
	ctest --preset default -j $(CTEST_PARALLEL)

# Until the sandbox servers land, the demo validates the sample profile and renders the panel to PNG.
demo: build
	@rm -rf $(DEMO_DIR) && mkdir -p $(DEMO_DIR)
	@cp resources/sample/demo-profile.ini $(DEMO_DIR)/demo-profile.ini
	$(BUILD_DIR)/app/cxsync --config $(DEMO_DIR)/demo-profile.ini config validate
	$(BUILD_DIR)/app/cxsync --config $(DEMO_DIR)/demo-profile.ini config show
	QT_QPA_PLATFORM=offscreen $(BUILD_DIR)/app/cxsync-panel --config $(DEMO_DIR)/demo-profile.ini \
		--screenshot $(DEMO_DIR)/panel.png
	@echo "demo: panel screenshot written to $(DEMO_DIR)/panel.png"

# Refreshes docs/images/panel.png the way a person sees the panel: a real X server (Xvfb), not offscreen.
screenshot: build
	@rm -rf $(DEMO_DIR) && mkdir -p $(DEMO_DIR)
	@cp resources/sample/demo-profile.ini $(DEMO_DIR)/demo-profile.ini
	tests/with-keyring.sh xvfb-run -a -s "-screen 0 1280x1024x24" $(BUILD_DIR)/app/cxsync-panel \
		--config $(DEMO_DIR)/demo-profile.ini --screenshot docs/images/panel.png

format:
	clang-format -i $$(git ls-files '*.cpp' '*.h')

clean:
	rm -rf $(BUILD_DIR)
