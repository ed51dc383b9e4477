"""Article -> events: relevance, activities, officials, participants, organisations and event
dates, assembled into one event per occasion by ``assemble`` (the record itself: ``record``)."""
