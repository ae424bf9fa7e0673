## El historial (/broadcasts): lo que pasa por la cola de envío además de las difusiones y los recordatorios.

broadcasts-kind-personal-alert = Alerta a un funcionario de una comunicación nueva o revisada
broadcasts-kind-personal-digest = Resumen diario a un funcionario
broadcasts-kind-personal-notice = Aviso a un coordinador nacional (directorio)
broadcasts-kind-reply = Respuesta de la secretaría a una comunicación
broadcasts-kind-deadline-notice = Aviso relativo al plazo

## /audit: las entradas relativas a una consulta.

audit-usage-consultation = Si hay varias consultas: /audit consultation <número>.
