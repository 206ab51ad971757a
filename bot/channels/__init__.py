"""Rasa input channels: website widget (socket.io), REST, Telegram and WhatsApp (Twilio).

`bot.channels.credentials` decides which channels are loaded; the channel modules import
Rasa and are only imported by the Rasa server.
"""
