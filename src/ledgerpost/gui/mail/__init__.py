"""Mail in the window: send, batch, the email queue, the sent report, credits, undo."""
