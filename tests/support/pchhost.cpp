// Empty: the confab_testpch_* targets exist for their precompiled header (tests/CMakeLists.txt).
