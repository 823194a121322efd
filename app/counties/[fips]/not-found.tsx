import { AreaNotFound } from "@/components/views/AreaNotFound";

export default function CountyNotFound() {
  return <AreaNotFound kind="county" />;
}
