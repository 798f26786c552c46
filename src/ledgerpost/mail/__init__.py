"""Mail: compose messages, deliver them over SMTP, keep the SMTP password in the OS keyring."""
