## /consultations: las consultas de este bot y lo que la secretaría decide sobre ellas.
consultations-title = Consultas
consultations-line =
    N.º { $id }: { $title }
    Estado: { $state }. Plazo: { $deadline }. Contribuciones: { $submissions }.
consultations-state-draft = borrador
consultations-state-open = abierta
consultations-state-closed = cerrada
consultations-state-archived = archivada
consultations-btn-open = Abrir la n.º { $id }
consultations-btn-close = Cerrar la n.º { $id }
consultations-btn-archive = Archivar la n.º { $id }
consultations-btn-copy = Copiar la n.º { $id } para una nueva ronda
consultations-done-open = La consulta n.º { $id } está ahora abierta a comentarios.
consultations-done-close = La consulta n.º { $id } está ahora cerrada: ya no se pueden presentar ni modificar comentarios.
consultations-done-archive = La consulta n.º { $id } ha sido archivada.
consultations-copied = La consulta n.º { $id } se ha copiado para una nueva ronda como consulta n.º { $new } (borrador, vinculado a la ronda que renueva).
