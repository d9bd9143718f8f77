"""The evidence bundle: PDF layout (ReportLab), originals, manifest and encryption (pypdf), and
the verifier. No Qt."""
