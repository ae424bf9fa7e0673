"""What runs beside the chat flows: delivery (the broadcast outbox), reminders and language
detection. bot/ creates, starts and stops each one in the Application's lifecycle and hands it
to the flows as a typed field of `Deps`; no service imports a flow."""

from services.core import Core

__all__ = ["Core"]
