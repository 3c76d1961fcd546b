"""A child's history of episodes: the facts (``facts``), how each episode begins and what it
carries over (``links``), the determination composed of one per episode (``history``), the
months that span them (``months``), and how it reads (``render``)."""
