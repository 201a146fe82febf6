import NewsGraphFuzzDriver

// libFuzzer under Scripts/fuzz.sh, a replay of the inputs named on the command line otherwise (see FuzzDriver).
FuzzDriver.run { data, size in fuzzExport(data, size) }
