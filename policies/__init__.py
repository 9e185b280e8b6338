"""Shipped policy packs (pii, hipaa, pci): YAML files that policies `include:` by name."""
