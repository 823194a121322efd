import { AreaNotFound } from "@/components/views/AreaNotFound";

export default function PlaceNotFound() {
  return <AreaNotFound kind="place" />;
}
