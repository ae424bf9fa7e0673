## Telegram's command menu for secretariat officers and admins (handlers/command_menus.py).
## Each text is one command's description in the chat's menu (at most 256 characters).
staffcmd-status = Respuestas recibidas, por Estado
staffcmd-read = Leer una comunicación por su referencia
staffcmd-review = Examinar las comunicaciones
staffcmd-tags = Ejes temáticos del documento de debate
staffcmd-focalpoints = Directorio de coordinadores nacionales
staffcmd-pending = Inscripciones pendientes de aprobación
staffcmd-alerts = Alertas de nuevas comunicaciones
staffcmd-invite = Crear un enlace de invitación
staffcmd-invites = Enlaces de invitación
staffcmd-letters = Paquete de cartas para combinación de correspondencia
staffcmd-broadcast = Enviar una invitación o un recordatorio
staffcmd-broadcasts = Difusiones y recordatorios enviados
staffcmd-schedule = Plazo, fechas de la reunión y recordatorios
staffcmd-extensions = Prórrogas del plazo por Estado
staffcmd-export = Descargar las comunicaciones
staffcmd-stats = Cifras y gráfico
staffcmd-consultations = Consultas
staffcmd-grant = Conceder la función de secretaría
staffcmd-revoke = Retirar la función de secretaría
staffcmd-audit = Registro de auditoría
