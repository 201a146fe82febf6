#!/usr/bin/env bash
# Format the Swift sources in place, then lint them (as swift-argument-parser's Scripts/format.sh does).
# Usage: Scripts/format.sh [--lint-only]
set -euo pipefail
cd "$(dirname "$0")/.."
if [ "${1:-}" != "--lint-only" ]; then
  swift format format --in-place --recursive --parallel Sources Tests Package.swift
fi
swift format lint --strict --recursive --parallel Sources Tests Package.swift
