"""Test suite; a package so helpers such as tests.reliability_kit import the same way everywhere."""
